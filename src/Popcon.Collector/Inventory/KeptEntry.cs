namespace Popcon.Collector.Inventory;

/// <summary>An installed version nobody used, kept because a used package depends on it.</summary>
/// <param name="Item">What is installed.</param>
/// <param name="NeededBy">The package whose .nuspec asks for it (used itself, or kept in turn).</param>
/// <param name="UsedRoot">The used package at the start of that chain of dependencies.</param>
public sealed record KeptEntry(InstalledItem Item, InstalledItem NeededBy, InstalledItem UsedRoot);
