namespace Popcon.Reporter.Deps;

/// <summary>What a deps.json library says a runtime asset is.</summary>
internal enum DepsEntryKind
{
    /// <summary>An asset of a NuGet package (<c>"type": "package"</c>).</summary>
    Package,

    /// <summary>An asset of the runtime pack of a self-contained app: framework code.</summary>
    RuntimePack,
}
