using System.Globalization;

namespace Popcon.LoadGen;

/// <summary>Command line of the load generator; every address is 127.0.0.1.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        usage: Popcon.LoadGen --server popcon|etsy --udp-port P --probe-port Q --pid PID
                              [--mix realistic|sweep] [--rate LINES_PER_S (0 = full speed)]
                              [--seconds S] [--series N] [--checkpoints N,N,...] [--seed X]
        popcon: Q is the web port (/metrics); etsy: Q is the management port.
        """;

    public string Server { get; private set; } = "popcon";

    public int UdpPort { get; private set; }

    public int ProbePort { get; private set; }

    public int Pid { get; private set; }

    public string Mix { get; private set; } = "realistic";

    public int Rate { get; private set; }

    public double Seconds { get; private set; } = 10;

    public int Series { get; private set; } = 2_000;

    public IReadOnlyList<int> Checkpoints { get; private set; } = [];

    public int Seed { get; private set; } = 1;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException("missing value: " + args[i]);
            switch (args[i])
            {
                case "--server": options.Server = value; break;
                case "--udp-port": options.UdpPort = Int(value); break;
                case "--probe-port": options.ProbePort = Int(value); break;
                case "--pid": options.Pid = Int(value); break;
                case "--mix": options.Mix = value; break;
                case "--rate": options.Rate = Int(value); break;
                case "--seconds": options.Seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--series": options.Series = Int(value); break;
                case "--checkpoints": options.Checkpoints = [.. value.Split(',').Select(Int)]; break;
                case "--seed": options.Seed = Int(value); break;
                default: throw new ArgumentException("unknown option: " + args[i]);
            }

            i++;
        }

        if (options.Server is not ("popcon" or "etsy") || options.Mix is not ("realistic" or "sweep")
            || options.UdpPort <= 0 || options.ProbePort <= 0 || options.Pid <= 0 || options.Series <= 0)
        {
            throw new ArgumentException("bad or missing option");
        }

        return options;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
