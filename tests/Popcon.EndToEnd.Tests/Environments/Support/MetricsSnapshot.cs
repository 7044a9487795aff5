using System.Globalization;
using System.Text;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// The samples of one scrape of the collector's <c>/metrics</c>, parsed from the Prometheus text
/// format, so tests can compare what changed between two scrapes.
/// </summary>
internal sealed class MetricsSnapshot
{
    private readonly Dictionary<MetricSeries, double> _samples;

    private MetricsSnapshot(Dictionary<MetricSeries, double> samples, string text)
    {
        _samples = samples;
        Text = text;
    }

    /// <summary>The scraped text, for failure messages.</summary>
    public string Text { get; }

    public IReadOnlyDictionary<MetricSeries, double> Samples => _samples;

    public double Value(string name) =>
        _samples.Where(s => s.Key.Name == name).Sum(s => s.Value);

    /// <summary>The series that grew since <paramref name="earlier"/>, with their increments.</summary>
    public Dictionary<MetricSeries, double> Since(MetricsSnapshot earlier)
    {
        var grown = new Dictionary<MetricSeries, double>();
        foreach (var (series, value) in _samples)
        {
            var before = earlier._samples.GetValueOrDefault(series);
            if (value > before)
            {
                grown[series] = value - before;
            }
        }

        return grown;
    }

    public static MetricsSnapshot Parse(string text)
    {
        var samples = new Dictionary<MetricSeries, double>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // sample = name [ "{" label *( "," label ) "}" ] SP value
            var valueStart = line.LastIndexOf(' ');
            var head = line[..valueStart];
            var value = double.Parse(line[(valueStart + 1)..], CultureInfo.InvariantCulture);
            var brace = head.IndexOf('{', StringComparison.Ordinal);
            var name = brace < 0 ? head : head[..brace];
            var labels = brace < 0 ? [] : ParseLabels(head[(brace + 1)..^1]);
            samples[new MetricSeries(name, labels)] = value;
        }

        return new MetricsSnapshot(samples, text);
    }

    private static Dictionary<string, string> ParseLabels(string body)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < body.Length)
        {
            // label = name "=" quoted-value, where \\ \" and \n are escapes inside the quotes
            var equals = body.IndexOf('=', i);
            var name = body[i..equals];
            var value = new StringBuilder();
            i = equals + 2;
            while (body[i] != '"')
            {
                if (body[i] == '\\')
                {
                    i++;
                    value.Append(body[i] == 'n' ? '\n' : body[i]);
                }
                else
                {
                    value.Append(body[i]);
                }

                i++;
            }

            labels[name] = value.ToString();
            i += body.Length > i + 1 && body[i + 1] == ',' ? 2 : 1;
        }

        return labels;
    }
}
