using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

/// <summary>
/// Entry point the .NET host calls for every assembly listed in <c>DOTNET_STARTUP_HOOKS</c>: picks
/// the reporter build for this runtime and starts it. The runtime looks the type up by this exact
/// name in the global namespace.
/// </summary>
/// <remarks>
/// Next to this file: <c>Popcon.Reporter.dll</c>, portable IL that runs on any runtime and is
/// compiled method by method in every process; and <c>net&lt;major&gt;.0-&lt;rid&gt;/</c> folders
/// with the same reporter compiled ahead of time (ReadyToRun) for one runtime major version and
/// platform. ReadyToRun code is only used by the runtime version it was compiled for, so the
/// folder is chosen here, per process. Either build is a startup hook of its own.
/// </remarks>
internal static class StartupHook
{
    /// <summary>The oldest runtime the reporter serves; older ones get nothing, silently.</summary>
    private const int MinimumRuntimeMajor = 8;

    /// <summary>
    /// Loads and starts the reporter. Never throws and never writes anything: a hook that throws
    /// kills its host, and the host must not notice this one.
    /// </summary>
    public static void Initialize()
    {
        try
        {
            var major = Environment.Version.Major;
            var here = Path.GetDirectoryName(typeof(StartupHook).Assembly.Location);
            if (major < MinimumRuntimeMajor || string.IsNullOrEmpty(here) || ReporterListedToo())
            {
                return;
            }

            var hook = LoadCompiled(here!, major) ?? LoadPortable(here!);
            var initialize = hook?.GetMethod("Initialize", BindingFlags.Public | BindingFlags.Static);

            // A delegate rather than MethodInfo.Invoke: no argument checks, no invoker to build.
            if (initialize is not null)
            {
                ((Action)Delegate.CreateDelegate(typeof(Action), initialize))();
            }
        }
#pragma warning disable CA1031 // Nothing may escape a startup hook; the reporter logs its own faults.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // A Popcon.Reporter.dll named in DOTNET_STARTUP_HOOKS as well (an older activation line left
    // in place) starts the reporter itself. Loading a build here too would make the runtime fail
    // to load that entry, an assembly of the same name already loaded, and end the process.
    private static bool ReporterListedToo()
    {
        var hooks = Environment.GetEnvironmentVariable("DOTNET_STARTUP_HOOKS");
        if (hooks is null)
        {
            return false;
        }

        foreach (var entry in hooks.Split(Path.PathSeparator))
        {
            var name = Path.GetFileName(entry.Trim());
            if (string.Equals(name, "Popcon.Reporter.dll", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Tried without checking that the file exists: a check costs every process a file-system
    // call and its setup, a miss (a platform without a compiled build) one caught exception.
    private static Type? LoadCompiled(string here, int major)
    {
        var rid = AppContext.GetData("RUNTIME_IDENTIFIER") as string;
        if (string.IsNullOrEmpty(rid))
        {
            return null;
        }

        // A non-negative int formats without culture data: nothing here sets up globalization.
        var framework = "net" + major + ".0-";
        return TryLoad(Path.Combine(here, framework + rid, "Popcon.Reporter.dll"))
            ?? TryLoad(PortableLinuxFolder(here, framework, rid!));
    }

    // Runtimes built by a Linux distribution or for musl name their own runtime identifier
    // (ubuntu.24.04-x64, linux-musl-x64); code compiled for linux-x64 runs on them all.
    private static string? PortableLinuxFolder(string here, string framework, string rid)
    {
        var dash = rid.LastIndexOf('-');
        var arch = dash > 0 ? rid.Remove(0, dash + 1) : null;
        var tried = arch is null || rid == "linux-" + arch;
        if (tried || !RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return null;
        }

        return Path.Combine(here, framework + "linux-" + arch, "Popcon.Reporter.dll");
    }

    private static Type? TryLoad(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return Assembly.LoadFrom(path).GetType("StartupHook", throwOnError: false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static Type? LoadPortable(string here)
    {
        var path = Path.Combine(here, "Popcon.Reporter.dll");
        return Assembly.LoadFrom(path).GetType("StartupHook", throwOnError: false);
    }
}
