using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Statsd;

namespace Popcon.Collector.Hosting;

/// <summary>Accepts statsd-over-TCP connections: newline-terminated lines, each connection
/// reading into one fixed buffer, so a sender that never ends a line cannot grow memory.</summary>
internal sealed class StatsdTcpListener : IAsyncDisposable
{
    private const int MaxConnections = 1024;

    private readonly Socket _socket;
    private readonly IngestPipeline _pipeline;
    private readonly Metrics.SelfMetrics _metrics;
    private readonly int _maxLineLength;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private long _nextConnection;
    private Task _loop = Task.CompletedTask;

    private StatsdTcpListener(
        Socket socket, IngestPipeline pipeline, Metrics.SelfMetrics metrics, int maxLineLength, ILogger logger)
    {
        _socket = socket;
        _pipeline = pipeline;
        _metrics = metrics;
        _maxLineLength = maxLineLength;
        _logger = logger;
    }

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public static StatsdTcpListener Start(
        IPEndPoint endPoint,
        IngestPipeline pipeline,
        Metrics.SelfMetrics metrics,
        int maxLineLength,
        ILogger logger)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endPoint);
            socket.Listen(512);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw Listeners.BindFailure(ex, endPoint, "TCP", OptionNames.StatsdTcp);
        }

        var listener = new StatsdTcpListener(socket, pipeline, metrics, maxLineLength, logger);
        listener._loop = Task.Run(listener.AcceptLoop);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        await Task.WhenAll(_connections.Values);
        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _socket.AcceptAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                Log.ReceiveFailed(_logger, ex, "TCP accept");
                continue;
            }

            if (_connections.Count >= MaxConnections)
            {
                _metrics.TcpConnectionsRefused.Increment();
                client.Dispose();
                continue;
            }

            // registered before it starts, so a connection that ends at once is still removed
            _metrics.TcpConnections.Increment();
            var id = ++_nextConnection;
            _connections[id] = Task.CompletedTask;
            var task = Task.Run(async () =>
            {
                try
                {
                    await Serve(client);
                }
                finally
                {
                    _connections.TryRemove(id, out _);
                }
            });
            _connections.TryUpdate(id, task, Task.CompletedTask);
        }
    }

    private async Task Serve(Socket client)
    {
        using var _ = client;
        var reader = new LineReader(_pipeline, _maxLineLength);
        try
        {
            while (true)
            {
                var received = await client.ReceiveAsync(reader.FreeSpace, SocketFlags.None, _stop.Token);
                if (received == 0)
                {
                    reader.Complete();
                    return;
                }

                reader.Advance(received);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // the peer went away or the collector is stopping; complete lines were already counted
        }
#pragma warning disable CA1031 // one bad connection must never stop ingest
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.IngestFailed(_logger, ex, "TCP");
        }
    }
}
