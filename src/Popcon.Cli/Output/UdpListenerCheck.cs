using System.Net.Sockets;

namespace Popcon.Cli.Output;

/// <summary>
/// Asks the operating system whether anything listens on a UDP port, without sending a statsd
/// line: an empty datagram to a closed port comes back as "connection refused" (ICMP port
/// unreachable), and a statsd server ignores an empty datagram.
/// </summary>
internal static class UdpListenerCheck
{
    /// <summary>False when the port is known to be closed; true when it is open or unknowable.</summary>
    public static async Task<bool> MaybeListeningAsync(StatsdEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var udp = new UdpClient(endpoint.Host.Contains(':', StringComparison.Ordinal)
                ? AddressFamily.InterNetworkV6
                : AddressFamily.InterNetwork);
            udp.Connect(endpoint.Host, endpoint.Port);
            await udp.SendAsync(ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromMilliseconds(500));
            await udp.ReceiveAsync(wait.Token).ConfigureAwait(false);
            return true;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return false;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            // No answer either way: a listener that stays quiet, or a remote host we cannot see into.
            return true;
        }
    }
}
