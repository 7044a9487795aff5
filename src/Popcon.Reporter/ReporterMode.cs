namespace Popcon.Reporter;

/// <summary>How the reporter was started, which decides what counts.</summary>
internal enum ReporterMode
{
    /// <summary>From DOTNET_STARTUP_HOOKS: every assembly of the process counts.</summary>
    StartupHook,

    /// <summary>From code: assemblies loaded before the call are the baseline, not counted.</summary>
    Api,
}
