using NuGet.Versioning;

namespace Popcon.Collector.Inventory;

/// <summary>A dependency a .nuspec declares: a lower-cased package id and the versions it accepts.</summary>
public sealed record PackageDependency(string Id, VersionRange Range);
