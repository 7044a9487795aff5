namespace Popcon.Reporter.Deps;

/// <summary>The library a runtime asset file belongs to.</summary>
internal sealed class DepsEntry
{
    public DepsEntry(DepsEntryKind kind, string id, string version)
    {
        Kind = kind;
        Id = id;
        Version = version;
    }

    public DepsEntryKind Kind { get; }

    public string Id { get; }

    public string Version { get; }
}
