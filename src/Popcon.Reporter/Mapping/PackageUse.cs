namespace Popcon.Reporter.Mapping;

/// <summary>One package a process used: lower-cased id, normalized version, and its origin.</summary>
internal sealed class PackageUse
{
    public PackageUse(string id, string version, string? source)
    {
        Id = Identity.NormalizeId(id);
        Version = Identity.NormalizeVersion(version);
        Source = source;
    }

    public string Id { get; }

    public string Version { get; }

    /// <summary>Gets the origin tag for non-NuGet origins (<c>powershell</c>), else null.</summary>
    public string? Source { get; }

    /// <summary>Gets the key that makes a package count once per process.</summary>
    public string Key => Source is null ? Id + "/" + Version : Source + ":" + Id + "/" + Version;
}
