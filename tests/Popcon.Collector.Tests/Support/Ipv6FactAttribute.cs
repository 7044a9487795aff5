using System.Net.Sockets;

namespace Popcon.Collector.Tests.Support;

/// <summary>A fact skipped, with the reason, where the machine has no IPv6 loopback.</summary>
public sealed class Ipv6FactAttribute : FactAttribute
{
    public Ipv6FactAttribute()
    {
        if (!Socket.OSSupportsIPv6 || !HasLoopback())
        {
            Skip = "IPv6 loopback (::1) is not available on this machine";
        }
    }

    private static bool HasLoopback()
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
