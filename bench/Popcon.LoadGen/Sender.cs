using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Popcon.LoadGen;

/// <summary>Sends datagrams to 127.0.0.1 at a fixed rate of lines per second (0: as fast as the
/// socket takes them) for a time or until a list is sent once.</summary>
internal sealed class Sender : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public Sender(int port)
    {
        _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
    }

    public SendTotals Totals { get; } = new();

    /// <summary>Cycles through <paramref name="pool"/> for <paramref name="seconds"/>.</summary>
    public void Run(IReadOnlyList<Datagram> pool, int linesPerSecond, double seconds)
    {
        var stopwatch = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        var next = 0;
        while (stopwatch.Elapsed < end)
        {
            next = SendDue(pool, next, linesPerSecond, stopwatch, loop: true);
        }

        Totals.Seconds += stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>Sends every datagram of <paramref name="list"/> once, paced.</summary>
    public void RunOnce(IReadOnlyList<Datagram> list, int linesPerSecond)
    {
        var stopwatch = Stopwatch.StartNew();
        var next = 0;
        while (next < list.Count)
        {
            next = SendDue(list, next, linesPerSecond, stopwatch, loop: false);
        }

        Totals.Seconds += stopwatch.Elapsed.TotalSeconds;
    }

    public void Dispose() => _socket.Dispose();

    // Pacing: lines due = rate x elapsed; send until caught up, then yield the core briefly.
    private int SendDue(IReadOnlyList<Datagram> pool, int next, int rate, Stopwatch clock, bool loop)
    {
        var start = Totals.Lines;
        var budget = rate <= 0 ? long.MaxValue : (long)(rate * clock.Elapsed.TotalSeconds) - start;
        var sentNow = 0L;
        var burst = 0;
        while (sentNow < budget && burst < 4096 && (loop || next < pool.Count))
        {
            var datagram = pool[next];
            next = loop ? (next + 1) % pool.Count : next + 1;
            try
            {
                _socket.Send(datagram.Payload);
                Totals.Add(datagram);
            }
            catch (SocketException)
            {
                // ICMP "port unreachable" from an earlier send surfaces here: the server is down.
                Totals.SendErrors++;
            }

            sentNow += datagram.Lines;
            burst++;
        }

        if (rate > 0 && sentNow == 0)
        {
            Thread.Sleep(1);
        }

        return next;
    }
}
