using System.Text.RegularExpressions;

namespace Popcon.Collector.Inventory;

/// <summary>Reads the one field reports need from a module manifest (.psd1).</summary>
internal static partial class PowerShellManifest
{
    // ModuleVersion = '1.2.3'  (single or double quotes, any spacing, any case)
    public static string? ModuleVersion(string path)
    {
        try
        {
            var match = ModuleVersionLine().Match(File.ReadAllText(path));
            return match.Success ? match.Groups["v"].Value : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*ModuleVersion\s*=\s*['""](?<v>[^'""]+)['""]",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ModuleVersionLine();
}
