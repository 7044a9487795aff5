using Popcon.Cli.Commands;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>The steps of <c>popcon doctor</c>, each printed as it happens.</summary>
internal sealed class DoctorCheck(
    StatsdEndpoint statsd, CollectorMetrics metrics, string hookPath, TimeSpan wait)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(hookPath))
        {
            await output.WriteAsync(
                $"hook:      missing at {hookPath}\n" +
                "result:    not tested: there is no hook to load.\n" +
                "fix:       rebuild or reinstall popcon, or pass --hook with the hook's path\n")
                .ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (HookCommand.MissingReporter(hookPath) is { } reporter)
        {
            await output.WriteAsync(
                $"hook:      incomplete at {hookPath}: {reporter} is missing\n" +
                "result:    not tested: the hook would load no reporter.\n" +
                "fix:       rebuild or reinstall popcon, or copy the whole hook folder\n")
                .ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await output.WriteAsync($"hook:      {hookPath}\n").ConfigureAwait(false);
        var before = await metrics.ReadAsync(MetricNames.Reports, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(
            $"collector: {metrics.MetricsUri} answers; {MetricNames.Reports} = {DoctorCommand.Count(before)}\n")
            .ConfigureAwait(false);

        var (exitCode, stderr) = await ProbeProcess.RunAsync(hookPath, statsd, cancellationToken)
            .ConfigureAwait(false);
        await output.WriteAsync(
            $"probe:     a .NET process ran with the hook, sending to {statsd} (exit code {exitCode})\n")
            .ConfigureAwait(false);

        var after = before;
        var deadline = DateTime.UtcNow + wait;
        while (after <= before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
            after = await metrics.ReadAsync(MetricNames.Reports, cancellationToken).ConfigureAwait(false);
        }

        if (after > before)
        {
            await output.WriteAsync(
                $"result:    OK, the packet arrived: {MetricNames.Reports} went from " +
                $"{DoctorCommand.Count(before)} to {DoctorCommand.Count(after)}.\n").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var (reason, fix) = await DiagnoseAsync(exitCode, stderr, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(
            $"result:    no packet arrived within {wait.TotalSeconds:0} seconds.\n" +
            $"reason:    {reason}\n" +
            $"fix:       {fix}\n").ConfigureAwait(false);
        return ExitCodes.Failure;
    }

    // The most likely reason first: the probe itself failing hides every later cause.
    private async Task<(string Reason, string Fix)> DiagnoseAsync(
        int exitCode, string stderr, CancellationToken cancellationToken)
    {
        if (exitCode != 0)
        {
            var first = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault() ?? "no message";
            return ($"the process with the hook loaded failed (exit code {exitCode}): {TerminalText.Clean(first)}",
                "check that the hook is popcon's Popcon.StartupHook.dll with its hook folder intact; "
                + "rebuild or reinstall popcon");
        }

        // The probe inherits this environment; a reporter switched off here explains it all.
        if (ReporterSwitchedOff() is { } off)
        {
            return off;
        }

        if (!await UdpListenerCheck.MaybeListeningAsync(statsd, cancellationToken).ConfigureAwait(false))
        {
            return ($"nothing listens for statsd on {statsd} (UDP): the packet was refused",
                "pass --statsd with the address 'popcon serve' listens on, or start it there");
        }

        return ($"the hook ran and something listens on {statsd}, but {metrics.MetricsUri} did not count it",
            "make sure --statsd and --web point at the same 'popcon serve' (another statsd server may " +
            "hold that port), and that no POPCON_STATSD_PREFIX or mapping renames the metrics");
    }

    private static (string Reason, string Fix)? ReporterSwitchedOff()
    {
        var disable = Environment.GetEnvironmentVariable(ReporterEnvironment.Disable)?.Trim();
        if (disable is null)
        {
            return Excluded();
        }

        if (disable is "1" || string.Equals(disable, "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(disable, "yes", StringComparison.OrdinalIgnoreCase))
        {
            return ($"{ReporterEnvironment.Disable}={TerminalText.Clean(disable)} is set here, so the "
                + "probe, like every .NET process started from this environment, reported nothing",
                $"unset {ReporterEnvironment.Disable} where processes should report, then run doctor again");
        }

        return Excluded();
    }

    private static (string Reason, string Fix)? Excluded()
    {
        var excluded = Environment.GetEnvironmentVariable(ReporterEnvironment.ExcludeProcesses);
        if (!string.IsNullOrWhiteSpace(excluded))
        {
            return ($"{ReporterEnvironment.ExcludeProcesses}={TerminalText.Clean(excluded)} is set here; "
                + "if it names popcon or dotnet, the probe was skipped on purpose",
                $"run doctor with {ReporterEnvironment.ExcludeProcesses} unset");
        }

        return null;
    }
}
