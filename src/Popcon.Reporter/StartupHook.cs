using System;
using Popcon.Reporter;

/// <summary>
/// Entry point the .NET host calls for every assembly listed in <c>DOTNET_STARTUP_HOOKS</c>.
/// The runtime looks the type up by this exact name in the global namespace.
/// </summary>
internal static class StartupHook
{
    /// <summary>
    /// Starts the reporter counting every assembly of the process, including those loaded before
    /// the hook ran. Never throws and never writes to the console: the host must not notice it.
    /// </summary>
    public static void Initialize()
    {
        try
        {
            ReporterHost.Start(ReporterMode.StartupHook, overrides: null);
        }
#pragma warning disable CA1031 // The hook runs inside every process; nothing may escape it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("startup hook failed", exception);
        }
    }
}
