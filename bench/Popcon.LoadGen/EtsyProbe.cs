using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Popcon.LoadGen;

/// <summary>
/// Reads etsy statsd's management port: the <c>counters</c> command prints every counter (never
/// reset while no flush happens) including its own statsd.metrics_received and
/// statsd.bad_lines_seen, then <c>END</c>.
/// </summary>
internal sealed partial class EtsyProbe(int managementPort) : IServerProbe
{
    public async Task<ServerCounts> ReadAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", managementPort);
        var stream = client.GetStream();
        await stream.WriteAsync("counters\n"u8.ToArray());
        var text = new StringBuilder();
        var buffer = new byte[1 << 16];
        while (!text.ToString(Math.Max(0, text.Length - 8), Math.Min(8, text.Length)).Contains("END", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        double lines = 0, bad = 0, stored = 0, series = 0;
        foreach (Match entry in Entry().Matches(text.ToString()))
        {
            var key = entry.Groups[1].Value.Trim('\'', '"');
            var value = double.Parse(entry.Groups[2].Value, CultureInfo.InvariantCulture);
            switch (key)
            {
                case "statsd.metrics_received": lines = value; break;
                case "statsd.bad_lines_seen": bad = value; break;
                case "statsd.packets_received": break;
                default:
                    stored += value;
                    series++;
                    break;
            }
        }

        return new ServerCounts(lines, bad, stored, series);
    }

    public void Dispose()
    {
    }

    // util.inspect entry: key ': ' number, the key bare or quoted
    [GeneratedRegex(@"('(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|[A-Za-z_$][\w$.]*): (-?[0-9][0-9.e+-]*)")]
    private static partial Regex Entry();
}
