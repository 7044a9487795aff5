using System.Net;
using System.Net.Sockets;

namespace Popcon.Benchmarks.Reporter;

/// <summary>A UDP socket on 127.0.0.1 that reads and discards everything, like a listening
/// collector, so the hook's sends go to a live port and the kernel queue never fills.</summary>
internal sealed class LoopbackSink : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly Thread _reader;

    public LoopbackSink()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
        _reader = new Thread(Drain) { IsBackground = true, Name = "bench-udp-sink" };
        _reader.Start();
    }

    public int Port { get; }

    public long Datagrams => Interlocked.Read(ref _datagrams);

    private long _datagrams;

    public void Dispose()
    {
        _socket.Dispose();
        _reader.Join(TimeSpan.FromSeconds(2));
    }

    private void Drain()
    {
        var buffer = new byte[65536];
        try
        {
            while (true)
            {
                _socket.Receive(buffer);
                Interlocked.Increment(ref _datagrams);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // closed by Dispose
        }
    }
}
