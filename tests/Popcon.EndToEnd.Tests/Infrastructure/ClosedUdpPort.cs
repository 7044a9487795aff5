using System.Net;
using System.Net.Sockets;

namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A loopback UDP port that nothing listens on: bound once to learn a free number, then released,
/// so datagrams sent there draw ICMP port-unreachable, the common "collector is down" case.
/// </summary>
internal static class ClosedUdpPort
{
    public static int Find()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
