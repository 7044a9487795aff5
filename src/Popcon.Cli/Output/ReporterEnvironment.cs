namespace Popcon.Cli.Output;

/// <summary>The environment variables that point the hook at a statsd server.</summary>
internal static class ReporterEnvironment
{
    public const string StartupHooks = "DOTNET_STARTUP_HOOKS";
    public const string StatsdHost = "POPCON_STATSD_HOST";
    public const string StatsdPort = "POPCON_STATSD_PORT";
}
