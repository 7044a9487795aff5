using NuGet.Configuration;

namespace Popcon.Collector.Inventory;

/// <summary>The folders this machine installs packages, tools, modules and runtimes into.</summary>
public static class KnownLocations
{
    /// <summary>Every known location that exists, each once.</summary>
    public static IReadOnlyList<string> Find()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string?>();
        candidates.AddRange(NuGetFolders());
        candidates.Add(Path.Combine(
            Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") ?? home, ".dotnet", "tools", ".store"));
        candidates.AddRange(PowerShellFolders(home));
        candidates.Add(DotnetRoot());

        return candidates
            .OfType<string>()
            .Where(p => p.Length > 0 && Directory.Exists(p))
            .Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    // NUGET_PACKAGES or the configured global packages folder, fallback folders, local feeds.
    private static IEnumerable<string?> NuGetFolders()
    {
        ISettings settings;
        try
        {
            settings = Settings.LoadDefaultSettings(Directory.GetCurrentDirectory());
        }
        catch (NuGetConfigurationException)
        {
            return [Environment.GetEnvironmentVariable("NUGET_PACKAGES")];
        }

        var local = SettingsUtility.GetEnabledSources(settings)
            .Where(s => s.IsLocal)
            .Select(s => s.Source);
        return new[] { SettingsUtility.GetGlobalPackagesFolder(settings) }
            .Concat(SettingsUtility.GetFallbackPackageFolders(settings))
            .Concat(local);
    }

    private static IEnumerable<string?> PowerShellFolders(string home)
    {
        var fromEnvironment = (Environment.GetEnvironmentVariable("PSModulePath") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return fromEnvironment.Concat(
        [
            Path.Combine(home, ".local", "share", "powershell", "Modules"),
            "/usr/local/share/powershell/Modules",
            "/opt/microsoft/powershell/7/Modules",
        ]);
    }

    // DOTNET_ROOT, else the root of the runtime running popcon (…/shared/Microsoft.NETCore.App/x/).
    private static string? DotnetRoot()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
        {
            return root;
        }

        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        return runtimeDir is null ? null : Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
    }
}
