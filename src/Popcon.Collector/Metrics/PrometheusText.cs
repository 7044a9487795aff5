using System.Globalization;
using System.Text;
using Popcon.Collector.Store;

namespace Popcon.Collector.Metrics;

/// <summary>Writes the Prometheus text exposition format 0.0.4.</summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private const string DefaultHelp = "Count received over statsd, all-time total.";

    /// <summary>Writes every series as a counter, grouped by name (one HELP/TYPE per name).</summary>
    public static void WriteSeries(StringBuilder sb, SeriesSnapshot[] series)
    {
        Array.Sort(series, SeriesOrder.Compare);

        string? current = null;
        foreach (var s in series)
        {
            if (s.Series.Name != current)
            {
                current = s.Series.Name;
                WriteHeader(sb, current, s.Series.Help ?? DefaultHelp, "counter");
            }

            WriteSample(sb, current, s.Series.Labels, s.Total);
        }
    }

    // header = '# HELP ' name ' ' escaped-help '\n' '# TYPE ' name ' ' type '\n'
    public static void WriteHeader(StringBuilder sb, string name, string help, string type)
    {
        sb.Append("# HELP ").Append(name).Append(' ');
        foreach (var c in help)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                _ => sb.Append(c),
            };
        }

        sb.Append("\n# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    // sample = name ['{' label '="' escaped-value '"' (',' ...)* '}'] ' ' value '\n'
    public static void WriteSample(
        StringBuilder sb, string name, IReadOnlyList<KeyValuePair<string, string>> labels, double value)
    {
        sb.Append(name);
        if (labels.Count > 0)
        {
            sb.Append('{');
            for (var i = 0; i < labels.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(',');
                }

                sb.Append(labels[i].Key).Append("=\"");
                AppendLabelValue(sb, labels[i].Value);
                sb.Append('"');
            }

            sb.Append('}');
        }

        sb.Append(' ').Append(FormatValue(value)).Append('\n');
    }

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void AppendLabelValue(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => sb.Append("\\\\"),
                '"' => sb.Append("\\\""),
                '\n' => sb.Append("\\n"),
                _ => sb.Append(c),
            };
        }
    }
}
