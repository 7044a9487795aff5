namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>Paths of the built popcon inside this clone.</summary>
internal static class RepoPaths
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    /// <summary>The version every popcon project of this clone is built with.</summary>
    public static string Version { get; } = ReadVersion();

    public static string PopconDll { get; } =
        Path.Combine(Root, "src", "Popcon.Cli", "bin", Configuration, "net10.0", "popcon.dll");

    /// <summary>The file DOTNET_STARTUP_HOOKS names: the loader in popcon's hook folder.</summary>
    public static string HookDll { get; } =
        Path.Combine(Path.GetDirectoryName(PopconDll)!, "hook", "Popcon.StartupHook.dll");

    public static string Examples { get; } = Path.Combine(Root, "examples");

    private static string ReadVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        return props.Descendants("Version").Single().Value;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "popcon.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            "popcon.sln not found above " + AppContext.BaseDirectory);
    }
}
