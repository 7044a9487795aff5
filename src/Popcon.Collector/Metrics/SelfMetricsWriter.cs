using System.Text;
using Popcon.Collector.Statsd;

namespace Popcon.Collector.Metrics;

/// <summary>Writes the <c>popcon_collector_*</c> families.</summary>
internal static class SelfMetricsWriter
{
    private const string Prefix = SeriesResolver.ReservedPrefix;

    public static void Write(StringBuilder sb, SelfMetrics m, int seriesCount, int maxSeries)
    {
        Counter(sb, "packets_total", "UDP datagrams received.", m.UdpPackets);
        Counter(sb, "tcp_connections_total", "TCP connections accepted.", m.TcpConnections);
        Counter(sb, "tcp_connections_refused_total", "TCP connections closed at once: too many open.",
            m.TcpConnectionsRefused);
        Counter(sb, "lines_total", "Non-empty statsd lines received.", m.Lines);
        Counter(sb, "samples_total", "Samples (values) found in lines.", m.Samples);
        Counter(sb, "samples_stored_total", "Counter samples added to a series.", m.CountersStored);
        Labelled(sb, "lines_rejected_total", "Lines or samples refused, by reason.", "reason",
            RejectReasons.Names, m.Rejected);
        Labelled(sb, "samples_dropped_total", "Counter samples dropped by a configured limit.", "limit",
            SelfMetrics.DropLimitNames, m.Dropped);
        Labelled(sb, "samples_ignored_total", "Valid samples of types popcon does not store.", "type",
            SelfMetrics.IgnoredTypeNames, m.Ignored);
        Counter(sb, "tag_errors_total", "Malformed tags skipped (the sample was kept).", m.TagErrors);
        Counter(sb, "mapping_drops_total", "Samples dropped by a mapping rule with action: drop.", m.MappingDrops);
        Counter(sb, "flushes_total", "Successful writes of pending counts to the database.", m.Flushes);
        Counter(sb, "flush_errors_total", "Failed writes to the database (retried).", m.FlushErrors);
        Gauge(sb, "series", "Series stored.", seriesCount);
        Gauge(sb, "max_series", "Configured limit on series.", maxSeries);
    }

    private static void Counter(StringBuilder sb, string name, string help, AtomicCounter counter)
    {
        PrometheusText.WriteHeader(sb, Prefix + name, help, "counter");
        PrometheusText.WriteSample(sb, Prefix + name, [], counter.Value);
    }

    private static void Gauge(StringBuilder sb, string name, string help, double value)
    {
        PrometheusText.WriteHeader(sb, Prefix + name, help, "gauge");
        PrometheusText.WriteSample(sb, Prefix + name, [], value);
    }

    private static void Labelled(
        StringBuilder sb, string name, string help, string label, string[] values, AtomicCounter[] counters)
    {
        PrometheusText.WriteHeader(sb, Prefix + name, help, "counter");
        for (var i = 0; i < values.Length; i++)
        {
            PrometheusText.WriteSample(sb, Prefix + name, [new(label, values[i])], counters[i].Value);
        }
    }
}
