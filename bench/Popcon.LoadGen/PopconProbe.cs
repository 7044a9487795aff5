using System.Globalization;

namespace Popcon.LoadGen;

/// <summary>Reads popcon's GET /metrics: its self-metrics, and the sum of every stored series.</summary>
internal sealed class PopconProbe(int webPort) : IServerProbe
{
    private const string Self = "popcon_collector_";

    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };

    public async Task<ServerCounts> ReadAsync()
    {
        var text = await _http.GetStringAsync(new Uri("metrics", UriKind.Relative));
        double lines = 0, bad = 0, stored = 0, series = 0;
        foreach (var line in text.Split('\n'))
        {
            // sample = name ['{' labels '}'] ' ' value
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            var name = line[..Math.Max(0, line.IndexOfAny(['{', ' ']))];
            var value = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
            if (!name.StartsWith(Self, StringComparison.Ordinal))
            {
                stored += value;
                continue;
            }

            switch (name[Self.Length..])
            {
                case "lines_total": lines = value; break;
                case "lines_rejected_total": bad += value; break;
                case "series": series = value; break;
                default: break;
            }
        }

        return new ServerCounts(lines, bad, stored, series);
    }

    public void Dispose() => _http.Dispose();
}
