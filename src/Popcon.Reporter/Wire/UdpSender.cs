using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Popcon.Reporter.Wire;

/// <summary>
/// Sends datagrams from an unconnected, non-blocking UDP socket. An unconnected socket never
/// sees ICMP errors, a non-blocking one never waits; every failure is logged and swallowed.
/// </summary>
internal static class UdpSender
{
    private static bool _libcUnavailable;

    /// <summary>Sends each datagram to a known endpoint; returns how many the kernel accepted.</summary>
    public static int Send(StatsdEndpoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        if (!_libcUnavailable && IsLinux())
        {
            var ipv4 = endpoint.IPv4;
            var sent = ipv4 is not null
                ? LinuxUdpSocket.Send(ipv4, 0, endpoint.Port, endpoint.Describe(), datagrams)
                : SendLinux(endpoint, datagrams);
            if (sent >= 0)
            {
                return sent;
            }

            _libcUnavailable = true;
        }

        return SendManaged(endpoint, datagrams);
    }

    /// <summary>
    /// Opens and closes a socket of the kind a report will use, sending nothing: the exit then
    /// finds that code ready. Only for an IPv4 address on Linux, the common case; never throws.
    /// </summary>
    public static void WarmUp(StatsdEndpoint endpoint)
    {
        var ipv4 = endpoint.IPv4;
        if (_libcUnavailable || ipv4 is null || !IsLinux())
        {
            return;
        }

        var none = new List<byte[]>();
        _libcUnavailable = LinuxUdpSocket.Send(ipv4, 0, endpoint.Port, endpoint.Describe(), none) < 0;
    }

    private static bool IsLinux()
    {
#if NET8_0_OR_GREATER
        return OperatingSystem.IsLinux();
#else
        return RuntimeInformation.IsOSPlatform(OSPlatform.Linux);
#endif
    }

    // These two are kept apart: a body naming IPEndPoint loads System.Net when compiled.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SendManaged(StatsdEndpoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        return SendManaged(endpoint.Address!, datagrams);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SendLinux(StatsdEndpoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        return LinuxUdpSocket.Send(endpoint.Address!, datagrams);
    }

    // Kept apart: on Linux this body, and with it System.Net.Sockets, is never compiled.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SendManaged(IPEndPoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        var sent = 0;
        try
        {
            using var socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            socket.Blocking = false;
            foreach (var datagram in datagrams)
            {
                try
                {
                    socket.SendTo(datagram, endpoint);
                    sent++;
                }
#pragma warning disable CA1031 // A lost datagram is a lost count, never a broken host.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    SelfLog.Write("datagram not sent to " + endpoint, exception);
                }
            }
        }
#pragma warning disable CA1031 // No socket (sandbox, no network stack) means no report.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("no UDP socket", exception);
        }

        return sent;
    }
}
