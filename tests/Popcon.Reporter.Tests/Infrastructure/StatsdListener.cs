using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>A real UDP socket on a loopback port chosen by the kernel, collecting datagrams.</summary>
internal sealed class StatsdListener : IDisposable
{
    private readonly UdpClient _client;

    public StatsdListener()
        : this(IPAddress.Loopback)
    {
    }

    public StatsdListener(IPAddress loopback)
    {
        _client = new UdpClient(new IPEndPoint(loopback, 0));
    }

    public int Port => ((IPEndPoint)_client.Client.LocalEndPoint!).Port;

    /// <summary>
    /// Reads datagrams until none arrived for <paramref name="quiet"/>. Called after the sending
    /// process exited, so everything it sent already waits in the socket buffer.
    /// </summary>
    public IReadOnlyList<string> Drain(TimeSpan? quiet = null)
    {
        var datagrams = new List<string>();
        _client.Client.ReceiveTimeout = (int)(quiet ?? TimeSpan.FromMilliseconds(300)).TotalMilliseconds;
        while (true)
        {
            try
            {
                IPEndPoint? from = null;
                var bytes = _client.Receive(ref from);
                datagrams.Add(Encoding.UTF8.GetString(bytes));
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.TimedOut)
            {
                return datagrams;
            }
        }
    }

    /// <summary>Reads datagrams and splits them into statsd lines.</summary>
    public IReadOnlyList<string> DrainLines(TimeSpan? quiet = null)
    {
        return Drain(quiet).SelectMany(d => d.Split('\n')).ToList();
    }

    /// <summary>Blocks until one datagram arrives (a periodic flush), at most <paramref name="timeout"/>.</summary>
    public string WaitForDatagram(TimeSpan timeout)
    {
        _client.Client.ReceiveTimeout = (int)timeout.TotalMilliseconds;
        IPEndPoint? from = null;
        return Encoding.UTF8.GetString(_client.Receive(ref from));
    }

    public void Dispose() => _client.Dispose();
}
