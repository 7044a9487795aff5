using Popcon.Reporter.Mapping;

namespace Popcon.Reporter.Deps;

/// <summary>The library a runtime asset file belongs to.</summary>
internal sealed class DepsEntry
{
    public DepsEntry(DepsEntryKind kind, string id, string version)
    {
        Kind = kind;
        Id = id;
        Version = version;

        // Normalized once, where the deps file is read (on the reporter's own thread at start),
        // so that classifying an assembly at exit is a lookup.
        Use = kind == DepsEntryKind.Package ? new PackageUse(id, version, source: null) : null;
    }

    public DepsEntryKind Kind { get; }

    public string Id { get; }

    public string Version { get; }

    /// <summary>The package this library counts as; null for a runtime pack.</summary>
    public PackageUse? Use { get; }
}
