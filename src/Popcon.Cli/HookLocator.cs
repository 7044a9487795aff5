namespace Popcon.Cli;

/// <summary>Finds the hook assembly that this build or installation of popcon carries.</summary>
internal static class HookLocator
{
    public const string HookFileName = "Popcon.StartupHook.dll";

    /// <summary>The absolute path of <c>hook/Popcon.StartupHook.dll</c> beside popcon itself.</summary>
    public static string HookPath =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "hook", HookFileName));
}
