using NuGet.Versioning;

namespace Popcon.Collector.Inventory;

/// <summary>Puts versions in the form the reporter sends, so installed and used ones compare.</summary>
public static class VersionText
{
    /// <summary>The NuGet normalized version, lower-cased; the text as given when it is no version.</summary>
    public static string Normalize(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return NuGetVersion.TryParse(version.Trim(), out var parsed)
            ? parsed.ToNormalizedString().ToLowerInvariant()
            : version.Trim().ToLowerInvariant();
    }
}
