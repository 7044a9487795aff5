using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Popcon.Collector.Tests.Support;

/// <summary>A real CollectorHost on loopback port 0 with its own database, plus real UDP, TCP
/// and HTTP clients talking to it.</summary>
public sealed class RunningCollector : IAsyncDisposable
{
    private readonly TempDirectory? _ownDirectory;
    private readonly UdpClient _udp = new();
    private readonly HttpClient _http = new();

    private RunningCollector(CollectorHost host, CollectorOptions options, TempDirectory? ownDirectory)
    {
        Host = host;
        Options = options;
        _ownDirectory = ownDirectory;
        _http.BaseAddress = host.WebAddress;
    }

    public CollectorHost Host { get; }

    public CollectorOptions Options { get; }

    public static CollectorOptions LoopbackOptions(string databasePath) => new()
    {
        StatsdUdp = "127.0.0.1:0",
        StatsdTcp = "127.0.0.1:0",
        Web = "127.0.0.1:0",
        DatabasePath = databasePath,
        FlushInterval = TimeSpan.FromMilliseconds(200),
    };

    public static async Task<RunningCollector> StartAsync(Action<CollectorOptions>? configure = null, string? databasePath = null)
    {
        var own = databasePath is null ? new TempDirectory() : null;
        var options = LoopbackOptions(databasePath ?? own!.File("popcon.db"));
        configure?.Invoke(options);
        var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
        return new RunningCollector(host, options, own);
    }

    /// <summary>Sends one datagram holding the lines joined by '\n'.</summary>
    public async Task SendUdpAsync(params string[] lines)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        await SendUdpBytesAsync(payload);
    }

    public async Task SendUdpBytesAsync(byte[] payload) => await _udp.SendAsync(payload, Host.UdpEndPoint!);

    /// <summary>Opens a TCP connection, writes the text and closes the connection.</summary>
    public async Task SendTcpAsync(string text)
    {
        using var client = await ConnectTcpAsync();
        await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes(text));
    }

    public async Task<TcpClient> ConnectTcpAsync()
    {
        var client = new TcpClient();
        await client.ConnectAsync(Host.TcpEndPoint!);
        return client;
    }

    public async Task<string> GetAsync(string path) => await _http.GetStringAsync(path);

    public async Task<HttpResponseMessage> GetResponseAsync(string path) => await _http.GetAsync(path);

    /// <summary>Reads /metrics until a self-metric reaches a value (datagrams are handled
    /// asynchronously); returns that document.</summary>
    public async Task<string> WaitForMetricAsync(string sample, double atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var metrics = await GetAsync("/metrics");
            if (MetricsText.Value(metrics, sample) >= atLeast)
            {
                return metrics;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{sample} never reached {atLeast}; last document:\n{metrics}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _udp.Dispose();
        _http.Dispose();
        _ownDirectory?.Dispose();
    }
}
