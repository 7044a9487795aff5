namespace Popcon.Deploy.Tests.Support;

/// <summary>
/// A stand-in for the hook folder popcon ships (see build/PopconHook.targets): the loader that
/// <c>DOTNET_STARTUP_HOOKS</c> names, the portable reporter beside it and one reporter compiled
/// ahead of time per runtime in a subfolder. The files hold their own relative path, so a test
/// can tell that each one arrived whole and in its place.
/// </summary>
internal static class HookFolder
{
    /// <summary>The file <c>DOTNET_STARTUP_HOOKS</c> names.</summary>
    public const string Loader = "Popcon.StartupHook.dll";

    /// <summary>Every file of the folder, relative to it, with '/' separators.</summary>
    public static readonly string[] Files =
    [
        Loader,
        "Popcon.Reporter.dll",
        "net8.0-linux-x64/Popcon.Reporter.dll",
        "net9.0-linux-x64/Popcon.Reporter.dll",
        "net10.0-linux-x64/Popcon.Reporter.dll",
    ];

    /// <summary>Writes the folder's files under <paramref name="folder"/>.</summary>
    public static void Create(string folder)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }
    }

    /// <summary>Fails unless every file of the folder is under <paramref name="folder"/>, intact.</summary>
    public static void AssertComplete(string folder)
    {
        Assert.All(Files, file =>
        {
            var path = Path.Combine(folder, file);
            Assert.True(File.Exists(path), $"{file} is missing from {folder}");
            Assert.Equal(file, File.ReadAllText(path));
        });
    }
}
