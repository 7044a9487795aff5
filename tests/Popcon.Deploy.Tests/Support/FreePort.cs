using System.Net;
using System.Net.Sockets;

namespace Popcon.Deploy.Tests.Support;

/// <summary>Asks the kernel for a free loopback TCP port.</summary>
internal static class FreePort
{
    /// <summary>A port that was free on 127.0.0.1 a moment ago; callers retry if it is taken.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
