using System;
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
/// <para>
/// Paths are cut by hand rather than with Path, and the runtime read from CoreLib and AppContext
/// rather than Environment: for netcoreapp3.1 those two types live in a facade assembly that
/// every hooked process would otherwise load for a few string operations.
/// </para>
/// </remarks>
internal static class StartupHook
{
    /// <summary>The oldest runtime the reporter serves; older ones get nothing, silently.</summary>
    private const int MinimumRuntimeMajor = 8;

    private const string Reporter = "Popcon.Reporter.dll";

    /// <summary>
    /// Loads and starts the reporter. Never throws and never writes anything: a hook that throws
    /// kills its host, and the host must not notice this one.
    /// </summary>
    public static void Initialize()
    {
        try
        {
            // CoreLib's assembly version is the runtime's major version since .NET 5 (4 before).
            var major = MajorVersion(typeof(object).Assembly.FullName);
            var location = typeof(StartupHook).Assembly.Location;
            var slash = location.LastIndexOfAny(['/', '\\']);
            if (major < MinimumRuntimeMajor || slash < 0 || ReporterListedToo(location[slash]))
            {
                return;
            }

            var here = location.Substring(0, slash + 1);
            var hook = LoadCompiled(here, location[slash], major) ?? TryLoad(here + Reporter)
                ?? AppsOwnReporter();
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

    // Read from the display name ("System.Private.CoreLib, Version=10.0.0.0, Culture=...") by hand:
    // GetName() builds an AssemblyName and looks up its culture, half a millisecond measured.
    private static int MajorVersion(string? fullName)
    {
        if (fullName is null)
        {
            return 0;
        }

        var i = 0;
        while (i < fullName.Length && fullName[i] != '=')
        {
            i++;
        }

        var major = 0;
        for (i++; i < fullName.Length && major < 10000 && fullName[i] is >= '0' and <= '9'; i++)
        {
            major = (major * 10) + (fullName[i] - '0');
        }

        return major;
    }

    // A Popcon.Reporter.dll named in DOTNET_STARTUP_HOOKS as well (an older activation line left
    // in place) starts the reporter itself. Loading a build here too would make the runtime fail
    // to load that entry, an assembly of the same name already loaded, and end the process.
    private static bool ReporterListedToo(char separator)
    {
        if (AppContext.GetData("STARTUP_HOOKS") is not string hooks)
        {
            return false;
        }

        foreach (var entry in hooks.Split(separator == '/' ? ':' : ';'))
        {
            var name = entry.Trim();
            var slash = name.LastIndexOfAny(['/', '\\']);
            var isReporter = name.Length - slash - 1 == Reporter.Length && string.Compare(
                name, slash + 1, Reporter, 0, Reporter.Length, StringComparison.OrdinalIgnoreCase) == 0;
            if (isReporter)
            {
                return true;
            }
        }

        return false;
    }

    // Tried without checking that the file exists: a check costs every process a file-system
    // call and its setup, a miss (a platform without a compiled build) one caught exception.
    private static Type? LoadCompiled(string here, char separator, int major)
    {
        if (AppContext.GetData("RUNTIME_IDENTIFIER") is not string rid || rid.Length == 0)
        {
            return null;
        }

        // A non-negative int formats without culture data: nothing here sets up globalization.
        var framework = here + "net" + major + ".0-";
        return TryLoad(framework + rid + separator + Reporter)
            ?? TryLoad(PortableLinuxFolder(framework, separator, rid));
    }

    // Runtimes built by a Linux distribution or for musl name their own runtime identifier
    // (ubuntu.24.04-x64, linux-musl-x64); code compiled for linux-x64 runs on them all.
    private static string? PortableLinuxFolder(string framework, char separator, string rid)
    {
        var dash = rid.LastIndexOf('-');
        var arch = dash > 0 ? rid.Remove(0, dash + 1) : null;
        var tried = arch is null || rid == "linux-" + arch;
        if (tried || !RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            return null;
        }

        return framework + "linux-" + arch + separator + Reporter;
    }

    private static Type? TryLoad(string? path)
    {
        if (path is null)
        {
            return null;
        }

        // Missing, unreadable or damaged: try the next build. An app that ships a Popcon.Reporter
        // of another version makes every load by path fail as well (its own copy wins).
        try
        {
            return Assembly.LoadFrom(path).GetType("StartupHook", throwOnError: false);
        }
#pragma warning disable CA1031 // Any failure here means: not this file.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    // The Popcon.Reporter the app itself references, when no build of the hook folder could load
    // beside it: then the app's copy is the one this process can run, and it is a hook too.
    private static Type? AppsOwnReporter()
    {
        try
        {
            return Assembly.Load(new AssemblyName("Popcon.Reporter")).GetType("StartupHook", throwOnError: false);
        }
#pragma warning disable CA1031 // No reporter anywhere: nothing to start.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
