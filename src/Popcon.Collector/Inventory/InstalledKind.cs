namespace Popcon.Collector.Inventory;

/// <summary>What sort of installed thing an <see cref="InstalledItem"/> is.</summary>
public enum InstalledKind
{
    /// <summary>A package folder <c>&lt;id&gt;/&lt;version&gt;/</c> of a NuGet packages folder.</summary>
    NuGetPackage,

    /// <summary>A <c>.nupkg</c> file of an offline feed.</summary>
    FeedPackage,

    /// <summary>A dotnet tool in a tool store, <c>.store/&lt;id&gt;/&lt;version&gt;/</c>.</summary>
    Tool,

    /// <summary>A PowerShell module version, <c>Modules/&lt;Name&gt;/&lt;Version&gt;/</c>.</summary>
    PowerShellModule,

    /// <summary>A shared runtime, <c>shared/&lt;Framework&gt;/&lt;version&gt;/</c> under a dotnet root.</summary>
    Runtime,
}
