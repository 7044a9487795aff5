using System;
using System.Collections.Generic;

namespace Popcon.Reporter.Wire;

/// <summary>
/// Joins statsd lines with '\n' into datagram payloads of at most <see cref="MaxPayloadBytes"/>
/// bytes, the size that fits one Ethernet frame without fragmentation.
/// </summary>
internal static class DatagramBatcher
{
    public const int MaxPayloadBytes = 1432;

    /// <summary>Batches lines in order; a line that alone exceeds the limit is dropped.</summary>
    public static List<byte[]> Batch(IEnumerable<string> lines, int maxPayloadBytes = MaxPayloadBytes)
    {
        var datagrams = new List<byte[]>();
        var current = new byte[maxPayloadBytes];
        var used = 0;
        foreach (var line in lines)
        {
            var bytes = AsciiText.Utf8(line);
            if (bytes.Length > maxPayloadBytes)
            {
                SelfLog.Write("line dropped, longer than one datagram: " + line);
                continue;
            }

            // Datagram grammar: line { '\n' line }, no trailing newline.
            var needed = used == 0 ? bytes.Length : used + 1 + bytes.Length;
            if (needed > maxPayloadBytes)
            {
                datagrams.Add(Cut(current, used));
                used = 0;
            }

            if (used > 0)
            {
                current[used++] = (byte)'\n';
            }

            Buffer.BlockCopy(bytes, 0, current, used, bytes.Length);
            used += bytes.Length;
        }

        if (used > 0)
        {
            datagrams.Add(Cut(current, used));
        }

        return datagrams;
    }

    private static byte[] Cut(byte[] buffer, int length)
    {
        var datagram = new byte[length];
        Buffer.BlockCopy(buffer, 0, datagram, 0, length);
        return datagram;
    }
}
