using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// One real <c>popcon serve</c> for a whole test class. Each test measures only what its own
/// processes added (<see cref="MeasureAsync"/>), so tests share it without depending on order.
/// </summary>
public sealed class SharedCollector : IAsyncLifetime
{
    private const string MarkerMetric = "popcon_e2e_marker";
    private readonly TempDirectory _temp = new();
    private CollectorProcess? _collector;
    private HttpClient? _http;

    internal CollectorProcess Collector =>
        _collector ?? throw new InvalidOperationException("collector not started");

    /// <summary>The reporter's own diagnostics, appended by every hooked process.</summary>
    public string SelfLogPath => _temp.File("selflog.txt");

    public string DatabasePath => _temp.File("popcon.db");

    /// <summary>The environment that points a process's reporter at this collector.</summary>
    public Dictionary<string, string> ReporterEnvironment(bool withHook = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["POPCON_STATSD_HOST"] = Collector.UdpEndPoint.Address.ToString(),
            ["POPCON_STATSD_PORT"] = Collector.UdpEndPoint.Port.ToString(CultureInfo.InvariantCulture),
            ["POPCON_SELFLOG"] = SelfLogPath,
        };
        if (withHook)
        {
            environment["DOTNET_STARTUP_HOOKS"] = RepoPaths.HookDll;
        }

        return environment;
    }

    public async Task InitializeAsync()
    {
        _collector = await CollectorProcess.StartAsync(DatabasePath);
        _http = new HttpClient { BaseAddress = _collector.WebAddress };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_collector != null)
        {
            await _collector.DisposeAsync();
        }

        _temp.Dispose();
    }

    internal async Task<MetricsSnapshot> ScrapeAsync() =>
        MetricsSnapshot.Parse(await _http!.GetStringAsync(new Uri("/metrics", UriKind.Relative)));

    /// <summary>
    /// Runs <paramref name="action"/> and returns what the collector counted meanwhile. Every
    /// process the action started has exited when it returns, so its datagrams already wait in
    /// the collector's socket; a marker datagram sent after them is processed after them, so
    /// once the marker shows, nothing of the action is still in flight.
    /// </summary>
    internal async Task<UsageDelta> MeasureAsync(Func<Task> action)
    {
        var before = await ScrapeAsync();
        await action();
        var after = await SettleAsync(before.Value(MarkerMetric) + 1);
        var samples = after.Text.Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#')
            .Where(l => !l.StartsWith("popcon_collector_", StringComparison.Ordinal));
        return new UsageDelta(after.Since(before),
            "--- /metrics ---\n" + string.Join('\n', samples) + "\n--- selflog ---\n" + ReadSelfLog());
    }

    internal string ReadSelfLog()
    {
        try
        {
            return File.Exists(SelfLogPath) ? File.ReadAllText(SelfLogPath) : "(no selflog)";
        }
        catch (IOException exception)
        {
            return "(selflog unreadable: " + exception.Message + ")";
        }
    }

    private async Task<MetricsSnapshot> SettleAsync(double markerTarget)
    {
        using (var udp = new UdpClient(Collector.UdpEndPoint.AddressFamily))
        {
            // The marker is a plain statsd counter; the default mapping names it popcon_e2e_marker.
            var marker = Encoding.ASCII.GetBytes("popcon_e2e.marker:1|c");
            await udp.SendAsync(marker, Collector.UdpEndPoint);
        }

        // A generous deadline guards against a hang; it measures nothing.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var snapshot = await ScrapeAsync();
        while (snapshot.Value(MarkerMetric) < markerTarget)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the collector never counted the marker:\n" + snapshot.Text
                    + "\n" + Collector.Output);
            }

            await Task.Delay(50);
            snapshot = await ScrapeAsync();
        }

        return snapshot;
    }
}
