namespace Popcon.Collector.Inventory;

/// <summary>One installed version of something usage can be joined with.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Lower-cased package id, module name or runtime name, as usage reports it.</param>
/// <param name="Version">Normalized version.</param>
/// <param name="Path">The folder or file that removing it would delete.</param>
/// <param name="Bytes">The total length of its files.</param>
/// <param name="Dependencies">What its .nuspec says it needs (every target framework).</param>
public sealed record InstalledItem(
    InstalledKind Kind,
    string Id,
    string Version,
    string Path,
    long Bytes,
    IReadOnlyList<PackageDependency> Dependencies);
