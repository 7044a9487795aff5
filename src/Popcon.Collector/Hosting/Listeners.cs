using System.Net;
using System.Net.Sockets;

namespace Popcon.Collector.Hosting;

/// <summary>Shared wording for sockets that cannot be bound.</summary>
internal static class Listeners
{
    public static CollectorStartupException BindFailure(
        SocketException ex, IPEndPoint endPoint, string protocol, string option) => ex.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => new CollectorStartupException(
                $"{protocol} port {endPoint.Port} on {endPoint.Address} is in use: stop the other program or pass "
                + $"{option} HOST:PORT with a free port.", ex),
            SocketError.AddressNotAvailable => new CollectorStartupException(
                $"The address {endPoint.Address} is not one of this machine's: pass {option} HOST:PORT "
                + "with a local "
                + "address such as 127.0.0.1.", ex),
            SocketError.AccessDenied => new CollectorStartupException(
                $"{protocol} port {endPoint.Port} needs privileges: pass {option} HOST:PORT with a port "
                + "above 1023.",
                ex),
            _ => new CollectorStartupException(
                $"{protocol} {endPoint} cannot be bound ({ex.SocketErrorCode}): pass {option} HOST:PORT "
                + "with another "
                + "address.", ex),
        };
}
