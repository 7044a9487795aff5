using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Popcon.Reporter.Wire;

/// <summary>
/// A UDP send straight through libc on Linux. System.Net.Sockets costs a process about ten
/// assemblies and a hundred freshly compiled methods (telemetry, the async engine) before its
/// first datagram; three system calls cost neither. Any other system uses the managed socket.
/// </summary>
internal static class LinuxUdpSocket
{
    // Linux values, the same on every architecture .NET runs on.
    private const int AfInet = 2;
    private const int AfInet6 = 10;
    private const int SockDgram = 2;
    private const int SockCloexec = 0x80000;
    private const int MsgDontwait = 0x40;

    /// <summary>
    /// Sends each datagram without blocking; returns how many the kernel accepted, or -1 when
    /// libc could not be reached at all (the caller then falls back to the managed socket).
    /// </summary>
    public static int Send(IPEndPoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        var v6 = endpoint.AddressFamily == AddressFamily.InterNetworkV6;
        return Send(
            endpoint.Address.GetAddressBytes(),
            v6 ? endpoint.Address.ScopeId : 0,
            endpoint.Port,
            endpoint.ToString(),
            datagrams);
    }

    /// <summary>Sends to a raw address: 4 bytes (IPv4) or 16 (IPv6, with its scope id).</summary>
    public static int Send(byte[] ip, long scopeId, int port, string describe, IReadOnlyList<byte[]> datagrams)
    {
        var address = SocketAddress(ip, scopeId, port);
        var family = ip.Length == 16 ? AfInet6 : AfInet;
        int fd;
        try
        {
            fd = Socket(family, SockDgram | SockCloexec, 0);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            SelfLog.Write("libc socket unavailable, using the managed socket", exception);
            return -1;
        }

        if (fd < 0)
        {
            SelfLog.Write("no UDP socket: errno " + LastError());
            return 0;
        }

        try
        {
            return SendAll(fd, address, describe, datagrams);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    private static int SendAll(int fd, byte[] address, string describe, IReadOnlyList<byte[]> datagrams)
    {
        // By index: an enumerator over the interface would be one more type the runtime loads.
        var sent = 0;
        for (var i = 0; i < datagrams.Count; i++)
        {
            var datagram = datagrams[i];
            var result = SendTo(fd, datagram, (UIntPtr)datagram.Length, MsgDontwait, address, address.Length);
            if (result.ToInt64() < 0)
            {
                SelfLog.Write("datagram not sent to " + describe + ": errno " + LastError());
                continue;
            }

            sent++;
        }

        return sent;
    }

    // sockaddr_in: family (host order), port (network order), 4 address bytes, 8 zero bytes.
    // sockaddr_in6: family, port, flow info, 16 address bytes, scope id (host order).
    private static byte[] SocketAddress(byte[] ip, long scopeId, int port)
    {
        var v6 = ip.Length == 16;
        var address = new byte[v6 ? 28 : 16];
        WriteHostOrder(address, 0, v6 ? AfInet6 : AfInet, 2);
        address[2] = (byte)(port >> 8);
        address[3] = (byte)port;
        Buffer.BlockCopy(ip, 0, address, v6 ? 8 : 4, ip.Length);
        if (v6)
        {
            WriteHostOrder(address, 24, scopeId, 4);
        }

        return address;
    }

    private static void WriteHostOrder(byte[] target, int offset, long value, int size)
    {
        for (var i = 0; i < size; i++)
        {
            var shift = 8 * (BitConverter.IsLittleEndian ? i : size - 1 - i);
            target[offset + i] = (byte)(value >> shift);
        }
    }

#if NET8_0_OR_GREATER
    // Not inlined: the callers make these calls in try and finally blocks, where an unmanaged
    // call cannot be compiled ahead of time and the runtime would JIT-compile the caller.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int Socket(int domain, int type, int protocol)
    {
        if (Libc.Socket == null || Libc.SendTo == null || Libc.Close == null)
        {
            throw new EntryPointNotFoundException("libc socket functions not found");
        }

        return Libc.Socket(domain, type, protocol);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe IntPtr SendTo(
        int fd, byte[] buffer, UIntPtr length, int flags, byte[] address, int addressLength)
    {
        fixed (byte* data = buffer)
        fixed (byte* to = address)
        {
            return Libc.SendTo(fd, data, length, flags, to, addressLength);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int Close(int fd)
    {
        return Libc.Close(fd);
    }

    private static int LastError()
    {
        return Marshal.GetLastSystemError();
    }
#else
    private static int LastError()
    {
        return Marshal.GetLastWin32Error();
    }

    [DllImport("libc", EntryPoint = "socket", SetLastError = true)]
    private static extern int Socket(int domain, int type, int protocol);

    [DllImport("libc", EntryPoint = "sendto", SetLastError = true)]
    private static extern IntPtr SendTo(
        int fd, byte[] buffer, UIntPtr length, int flags, byte[] address, int addressLength);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
#endif
}
