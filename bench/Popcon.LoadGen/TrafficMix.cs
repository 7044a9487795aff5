using System.Globalization;
using System.Text;

namespace Popcon.LoadGen;

/// <summary>
/// Builds datagrams the way real senders fill them. Realistic: one process report per datagram
/// (up to 1432 bytes): mostly popcon's tagged lines; one report in eight in plain lines (statsd
/// servers without tags) with a Python reporter's lines; one line in fifty garbage. Sweep: every
/// series once, in order, tagged, to grow the server to a known series count.
/// </summary>
internal static class TrafficMix
{
    private const int MaxPayload = 1432;

    private static readonly string[] GarbageLines =
    [
        "this line has no colon",
        "dotnet_popcon.package_used_total:abc|c",
        "dotnet_popcon.package_used_total:1|c|@notarate",
        "dotnet_popcon.package_used_total|c",
    ];

    public static List<Datagram> Realistic(int series, int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<Datagram>(count);
        for (var d = 0; d < count; d++)
        {
            var plain = random.Next(8) == 0;
            var lines = new List<string>();
            var garbage = 0;
            var bytes = 0;
            while (true)
            {
                var isGarbage = random.Next(50) == 0;
                var line = isGarbage
                    ? GarbageLines[random.Next(GarbageLines.Length)]
                    : plain ? PlainLine(random, series) : TaggedLine(random.Next(series));
                if (bytes + line.Length + 1 > MaxPayload)
                {
                    break;
                }

                lines.Add(line);
                garbage += isGarbage ? 1 : 0;
                bytes += line.Length + 1;
            }

            result.Add(Build(lines, garbage));
        }

        return result;
    }

    /// <summary>Series <paramref name="from"/> up to (not including) <paramref name="to"/>, in
    /// full datagrams.</summary>
    public static List<Datagram> Sweep(int from, int to)
    {
        var result = new List<Datagram>();
        var lines = new List<string>();
        var bytes = 0;
        for (var i = from; i < to; i++)
        {
            var line = TaggedLine(i);
            if (bytes + line.Length + 1 > MaxPayload)
            {
                result.Add(Build(lines, 0));
                lines = [];
                bytes = 0;
            }

            lines.Add(line);
            bytes += line.Length + 1;
        }

        if (lines.Count > 0)
        {
            result.Add(Build(lines, 0));
        }

        return result;
    }

    // Series i is package i/7 at version i%7: a few versions of many packages, as on a fleet.
    private static string TaggedLine(int i) => string.Create(
        CultureInfo.InvariantCulture,
        $"dotnet_popcon.package_used_total:1|c|#package:bench.package{i / 7:D6},version:{1 + (i % 7)}.0.{i % 13}");

    private static string PlainLine(Random random, int series)
    {
        var i = random.Next(series);
        return random.Next(4) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"python_popcon.library_used.benchlib{i / 7:D6}:1|c")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"dotnet_popcon.package_used.bench.package{i / 7:D6}/{1 + (i % 7)}.0.{i % 13}:1|c");
    }

    private static Datagram Build(List<string> lines, int garbage) =>
        new(Encoding.UTF8.GetBytes(string.Join('\n', lines)), lines.Count, lines.Count - garbage, garbage);
}
