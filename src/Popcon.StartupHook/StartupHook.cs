using System;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

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
/// every hooked process would otherwise load for a few string operations. AssemblyLoadContext
/// lives in one too, and is worth it: Assembly.LoadFrom does more work than that facade's load.
/// This file's compiled code is for .NET 10 only; on .NET 8 and 9 the JIT compiles it, so it
/// keeps to few, plain methods.
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
            // Plain loops, in this one method: on .NET 8 and 9 the JIT compiles this file (its
            // compiled code is for .NET 10), and every helper method would be one more to compile.
            var location = typeof(StartupHook).Assembly.Location;
            var slash = location.Length - 1;
            while (slash >= 0 && location[slash] != '/' && location[slash] != '\\')
            {
                slash--;
            }

            // CoreLib's assembly version is the runtime's major version since .NET 5 (4 before),
            // read from its display name ("System.Private.CoreLib, Version=10.0.0.0, ...") by
            // hand: GetName() builds an AssemblyName and looks up its culture, half a millisecond.
            var name = typeof(object).Assembly.FullName ?? string.Empty;
            var equals = 0;
            while (equals < name.Length && name[equals] != '=')
            {
                equals++;
            }

            var major = 0;
            for (var i = equals + 1; i < name.Length && name[i] is >= '0' and <= '9'; i++)
            {
                major = major < 10000 ? (major * 10) + (name[i] - '0') : major;
            }

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

    // A Popcon.Reporter.dll named in DOTNET_STARTUP_HOOKS as well (an older activation line left
    // in place) starts the reporter itself. Loading a build here too would make the runtime fail
    // to load that entry, an assembly of the same name already loaded, and end the process.
    // Names are compared by hand, ASCII letters case-insensitively (Windows file names): CoreLib's
    // case-insensitive comparison and LastIndexOfAny set up vector and number types on first use,
    // and on .NET 8 and 9 every helper method here is one more for the JIT.
    private static bool ReporterListedToo(char separator)
    {
        if (AppContext.GetData("STARTUP_HOOKS") is not string hooks)
        {
            return false;
        }

        foreach (var entry in hooks.Split(separator == '/' ? ':' : ';'))
        {
            var name = entry.Trim();
            var start = name.Length - Reporter.Length;
            var matches = start >= 0 && (start == 0 || name[start - 1] is '/' or '\\');
            for (var i = 0; matches && i < Reporter.Length; i++)
            {
                var c = name[start + i];
                var r = Reporter[i];
                matches = c == r || (c is >= 'A' and <= 'Z' && c + ('a' - 'A') == r)
                    || (r is >= 'A' and <= 'Z' && r + ('a' - 'A') == c);
            }

            if (matches)
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
            // The default context directly: Assembly.LoadFrom adds path normalization, a cache
            // and a resolve handler for dependencies the reporter does not have.
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(path)
                .GetType("StartupHook", throwOnError: false);
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
