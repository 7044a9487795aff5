namespace Popcon.Cli.Output;

/// <summary>The environment variables that steer the hook.</summary>
internal static class ReporterEnvironment
{
    public const string StartupHooks = "DOTNET_STARTUP_HOOKS";
    public const string StatsdHost = "POPCON_STATSD_HOST";
    public const string StatsdPort = "POPCON_STATSD_PORT";
    public const string Disable = "POPCON_DISABLE";
    public const string ExcludeProcesses = "POPCON_EXCLUDE_PROCESSES";
}
