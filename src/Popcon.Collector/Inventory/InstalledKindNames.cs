namespace Popcon.Collector.Inventory;

/// <summary>The short names kinds carry in every output format.</summary>
public static class InstalledKindNames
{
    /// <summary><c>nuget</c>, <c>feed</c>, <c>tool</c>, <c>powershell</c> or <c>runtime</c>.</summary>
    public static string Name(InstalledKind kind) => kind switch
    {
        InstalledKind.NuGetPackage => "nuget",
        InstalledKind.FeedPackage => "feed",
        InstalledKind.Tool => "tool",
        InstalledKind.PowerShellModule => "powershell",
        InstalledKind.Runtime => "runtime",
        _ => "other",
    };
}
