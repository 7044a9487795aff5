using System.Text;

namespace Popcon.Collector.Tests.Fuzz;

/// <summary>Makes random and mutated statsd datagrams from a seed corpus of every line form.</summary>
public sealed class DatagramFuzzer(int seed)
{
    private static readonly byte[][] Corpus = [.. new[]
    {
        "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
        "dotnet_popcon.package_used_total:1|c|#package:my.module,version:1.2.0,source:powershell",
        "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12",
        "dotnet_popcon.reports_total:1|c",
        "dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c",
        "dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12:1|c",
        "dotnet_popcon.reports:1|c",
        "python_popcon.library_used.zope.interface:1|c",
        "python_popcon.namespace.web.library_used.requests:1|c",
        "python_popcon.imported_package.yaml:1|c",
        "python_popcon.reports:1|c",
        "a.b:1|c|@0.1",
        "a:1|c:2|c:3|g",
        "req,host=web1,env=prod:1|c",
        "req#host=web1,env=prod:1|c",
        "req[host=web1,env=prod].count:1|c",
        "a:1|c|#k:v|c:abc|T1656581400",
        "t:1:2:3|ms|@0.5|#k:v",
        "s:user|s",
        "g:-5|g",
    }.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[] Interesting = "\n\r:|#,=[]@.-/\\\"{} 0123456789ce+xT"u8.ToArray();

    private readonly Random _random = new(seed);

    public byte[] Next()
    {
        var kind = _random.Next(10);
        if (kind == 0)
        {
            var noise = new byte[_random.Next(0, 200)];
            _random.NextBytes(noise);
            return noise;
        }

        var lines = new List<byte>();
        var count = _random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                lines.Add((byte)'\n');
            }

            lines.AddRange(kind < 4 ? Corpus[_random.Next(Corpus.Length)] : Mutate(Corpus[_random.Next(Corpus.Length)]));
        }

        return [.. lines];
    }

    private byte[] Mutate(byte[] line)
    {
        var bytes = new List<byte>(line);
        var mutations = _random.Next(1, 4);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(7))
            {
                case 0: bytes[at] = (byte)_random.Next(256); break;
                case 1: bytes.Insert(at, Interesting[_random.Next(Interesting.Length)]); break;
                case 2: bytes.RemoveRange(at, Math.Min(_random.Next(1, 8), bytes.Count - at)); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                case 4: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(_random.Next(1, 16), bytes.Count - at))); break;
                case 5: bytes[at] = Interesting[_random.Next(Interesting.Length)]; break;
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(_random.Next(100_000).ToString("x", null))); break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Lines the collector counts in a datagram: non-empty pieces between '\n'.</summary>
    public static int CountLines(ReadOnlySpan<byte> datagram)
    {
        var count = 0;
        foreach (var range in datagram.Split((byte)'\n'))
        {
            if (range.End.GetOffset(datagram.Length) > range.Start.GetOffset(datagram.Length))
            {
                count++;
            }
        }

        return count;
    }
}
