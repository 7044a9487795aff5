namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>
/// Where the built hook is: build/PopconHook.targets lays it out under hook/ next to us, the way
/// popcon ships it.
/// </summary>
internal static class HookPath
{
    /// <summary>Gets the folder holding the loader, the portable reporter and the compiled ones.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "hook");

    /// <summary>Gets the file DOTNET_STARTUP_HOOKS names: the loader that picks a reporter build.</summary>
    public static string Location { get; } = Path.Combine(Directory, "Popcon.StartupHook.dll");

    /// <summary>Gets the portable IL reporter, a startup hook by itself on any runtime.</summary>
    public static string Portable { get; } = Path.Combine(Directory, "Popcon.Reporter.dll");

    /// <summary>Gets the reporter compiled ahead of time for one runtime major version.</summary>
    public static string Compiled(int runtimeMajor) =>
        Path.Combine(Directory, $"net{runtimeMajor}.0-linux-x64", "Popcon.Reporter.dll");

    /// <summary>
    /// Gets the reporter as a library, the build an app referencing the Popcon.Reporter package
    /// gets: this test project references it, so it sits next to us.
    /// </summary>
    public static string Library { get; } = Path.Combine(AppContext.BaseDirectory, "Popcon.Reporter.dll");

    public static string FixtureSource(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
