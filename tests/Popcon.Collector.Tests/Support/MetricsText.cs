using System.Globalization;

namespace Popcon.Collector.Tests.Support;

/// <summary>Reads Prometheus text documents in assertions.</summary>
public static class MetricsText
{
    /// <summary>The value of the sample line starting with <paramref name="sample"/> + ' ', or -1.</summary>
    public static double Value(string document, string sample)
    {
        foreach (var line in document.Split('\n'))
        {
            if (line.StartsWith(sample + " ", StringComparison.Ordinal))
            {
                return double.Parse(line.AsSpan(sample.Length + 1), CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    /// <summary>The document without the collector's own families.</summary>
    public static string StoredSeries(string document)
    {
        var at = document.IndexOf("# HELP popcon_collector_", StringComparison.Ordinal);
        return at < 0 ? document : document[..at];
    }
}
