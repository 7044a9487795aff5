using System;

namespace Popcon.Reporter;

/// <summary>
/// Starts the reporter from an application's own code, for apps that cannot set
/// <c>DOTNET_STARTUP_HOOKS</c>. Assemblies already loaded when <see cref="Start()"/> is called are
/// the baseline and are not counted; only packages loaded afterwards are.
/// </summary>
public static class PopconReporter
{
    /// <summary>
    /// Starts reporting with settings from the environment. Never throws. Returns true when this
    /// call started the reporter; false when it was already running (for example as a startup
    /// hook), is disabled, or cannot run on this runtime.
    /// </summary>
    public static bool Start()
    {
        return Start(null);
    }

    /// <summary>
    /// Starts reporting; non-null <paramref name="options"/> values override the environment.
    /// Never throws. See <see cref="Start()"/> for the return value.
    /// </summary>
    public static bool Start(PopconReporterOptions? options)
    {
        try
        {
            return ReporterHost.Start(ReporterMode.Api, options);
        }
#pragma warning disable CA1031 // Reporting must never break the app that asked for it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("start from code failed", exception);
            return false;
        }
    }
}
