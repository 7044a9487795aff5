using System.Collections.Generic;
using System.Text;

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
        var current = new List<byte>(maxPayloadBytes);
        foreach (var line in lines)
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            if (bytes.Length > maxPayloadBytes)
            {
                SelfLog.Write("line dropped, longer than one datagram: " + line);
                continue;
            }

            // Datagram grammar: line { '\n' line }, no trailing newline.
            var needed = current.Count == 0 ? bytes.Length : current.Count + 1 + bytes.Length;
            if (needed > maxPayloadBytes)
            {
                datagrams.Add(current.ToArray());
                current.Clear();
            }

            if (current.Count > 0)
            {
                current.Add((byte)'\n');
            }

            current.AddRange(bytes);
        }

        if (current.Count > 0)
        {
            datagrams.Add(current.ToArray());
        }

        return datagrams;
    }
}
