using System.Diagnostics;

namespace Popcon.Cli.Output;

/// <summary>
/// Starts popcon itself as a tiny .NET process (the hidden <c>doctor-probe</c> command) with the
/// hook loaded and pointed at a statsd endpoint, so the check needs no SDK.
/// </summary>
internal static class ProbeProcess
{
    public const string CommandName = "doctor-probe";

    public static async Task<(int ExitCode, string Stderr)> RunAsync(
        string hookPath, StatsdEndpoint statsd, CancellationToken cancellationToken)
    {
        var start = StartInfo();
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        start.Environment[ReporterEnvironment.StartupHooks] = hookPath;
        start.Environment[ReporterEnvironment.StatsdHost] = statsd.Host;
        start.Environment[ReporterEnvironment.StatsdPort] =
            statsd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("the probe process could not be started");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "the probe did not exit within 30 seconds");
        }

        await stdout.ConfigureAwait(false);
        return (process.ExitCode, await stderr.ConfigureAwait(false));
    }

    // Run the way this popcon runs: 'dotnet popcon.dll' or the popcon apphost.
    private static ProcessStartInfo StartInfo()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            var start = new ProcessStartInfo(host);
            start.ArgumentList.Add(typeof(ProbeProcess).Assembly.Location);
            start.ArgumentList.Add(CommandName);
            return start;
        }

        var direct = new ProcessStartInfo(host);
        direct.ArgumentList.Add(CommandName);
        return direct;
    }
}
