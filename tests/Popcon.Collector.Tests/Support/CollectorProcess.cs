using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Popcon.Collector.Tests.Support;

/// <summary>The fixture app running a collector in its own process, to be killed.</summary>
public sealed class CollectorProcess : IDisposable
{
    private readonly Process _process;

    private CollectorProcess(Process process, int udpPort, int tcpPort, Uri web)
    {
        _process = process;
        Udp = new IPEndPoint(IPAddress.Loopback, udpPort);
        Tcp = new IPEndPoint(IPAddress.Loopback, tcpPort);
        Web = web;
    }

    public IPEndPoint Udp { get; }

    public IPEndPoint Tcp { get; }

    public Uri Web { get; }

    public static async Task<CollectorProcess> StartAsync(string dllPath, string database, int flushMilliseconds)
    {
        var start = new ProcessStartInfo(
            "dotnet", [dllPath, database, flushMilliseconds.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"the collector process did not start: {ready} {await process.StandardError.ReadToEndAsync()}");
        }

        var parts = ready.Split(' ');
        return new CollectorProcess(
            process, int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture),
            new Uri(parts[3]));
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
