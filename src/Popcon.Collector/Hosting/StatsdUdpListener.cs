using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Statsd;

namespace Popcon.Collector.Hosting;

/// <summary>Receives statsd datagrams on one socket and hands each to the pipeline.</summary>
internal sealed class StatsdUdpListener : IAsyncDisposable
{
    private const int ReceiveBufferBytes = 8 * 1024 * 1024;

    private readonly Socket _socket;
    private readonly IngestPipeline _pipeline;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private StatsdUdpListener(Socket socket, IngestPipeline pipeline, ILogger logger)
    {
        _socket = socket;
        _pipeline = pipeline;
        _logger = logger;
    }

    public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public static StatsdUdpListener Start(IPEndPoint endPoint, IngestPipeline pipeline, ILogger logger)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            // a large kernel buffer absorbs bursts (the kernel may cap it at net.core.rmem_max)
            socket.ReceiveBufferSize = ReceiveBufferBytes;
            socket.Bind(endPoint);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw Listeners.BindFailure(ex, endPoint, "UDP", OptionNames.StatsdUdp);
        }

        var listener = new StatsdUdpListener(socket, pipeline, logger);
        listener._loop = Task.Run(listener.ReceiveLoop);
        return listener;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        _stop.Dispose();
    }

    private async Task ReceiveLoop()
    {
        // the sender's address is never used, so a plain receive avoids one allocation per datagram
        var buffer = new byte[65536];
        while (!_stop.IsCancellationRequested)
        {
            int received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                // e.g. ICMP errors surfacing on some platforms; the socket itself still works
                Log.ReceiveFailed(_logger, ex, "UDP");
                continue;
            }

            try
            {
                _pipeline.ProcessDatagram(buffer.AsSpan(0, received));
            }
#pragma warning disable CA1031 // one bad datagram must never stop ingest
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.IngestFailed(_logger, ex, "UDP");
            }
        }
    }
}
