using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>
/// A stand-in collector on loopback: a UDP socket that counts statsd report lines and a /metrics
/// page showing the count. With <c>counting: false</c> it receives but never counts, like a
/// different statsd server holding the port.
/// </summary>
public sealed class FakeCollector : IAsyncDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly MetricsServer _metrics;
    private readonly bool _counting;
    private readonly Task _loop;
    private int _reports;
    private bool _disposed;

    private FakeCollector(MetricsServer metrics, int startAt, bool counting)
    {
        _metrics = metrics;
        _counting = counting;
        _reports = startAt;
        Publish();
        _loop = ReceiveAsync();
    }

    public int StatsdPort => ((IPEndPoint)_udp.Client.LocalEndPoint!).Port;

    public string Statsd => $"127.0.0.1:{StatsdPort}";

    public Uri Web => _metrics.BaseUri;

    /// <summary>Non-empty datagrams received (an empty one is a port check, not statsd).</summary>
    public int Received { get; private set; }

    public static async Task<FakeCollector> StartAsync(int startAt = 5, bool counting = true) =>
        new(await MetricsServer.StartAsync(), startAt, counting);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        _udp.Dispose();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped on purpose.
        }

        await _metrics.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var datagram = await _udp.ReceiveAsync(_stop.Token);
            if (datagram.Buffer.Length == 0)
            {
                continue;
            }

            Received++;
            var lines = Encoding.UTF8.GetString(datagram.Buffer).Split('\n');
            if (_counting)
            {
                _reports += lines.Count(l => l.StartsWith("dotnet_popcon.reports_total:1|c", StringComparison.Ordinal));
                Publish();
            }
        }
    }

    private void Publish() =>
        _metrics.Document = "# TYPE dotnet_popcon_reports_total counter\n" +
            string.Create(CultureInfo.InvariantCulture, $"dotnet_popcon_reports_total {_reports}\n");
}
