using System.Text;
using Popcon.Collector.Mapping;
using Popcon.Collector.Metrics;
using Popcon.Collector.Statsd;
using Popcon.Collector.Store;

namespace Popcon.Collector.Tests.Support;

/// <summary>The collector's real ingest objects (parser, mapping, limits, series table,
/// exposition writer) wired as CollectorHost wires them, without sockets, for large tables of
/// cases and the million-datagram fuzz run.</summary>
internal sealed class InProcessCollector
{
    public InProcessCollector(MetricMapper? mapper = null, Action<CollectorOptions>? configure = null)
    {
        var options = new CollectorOptions();
        configure?.Invoke(options);
        Table = new SeriesTable(options.MaxSeries);
        var resolver = new SeriesResolver(
            mapper ?? BuiltInMappings.Create(), Table, options.MaxLabels, options.MaxLabelValueLength);
        Pipeline = new IngestPipeline(Table, resolver, Metrics, options.MaxLineLength, TimeProvider.System);
    }

    public SeriesTable Table { get; }

    public SelfMetrics Metrics { get; } = new();

    public IngestPipeline Pipeline { get; }

    public void Send(params string[] lines) => Pipeline.ProcessDatagram(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    public void SendBytes(byte[] datagram) => Pipeline.ProcessDatagram(datagram);

    /// <summary>The /metrics part listing stored series.</summary>
    public string SeriesDocument()
    {
        var sb = new StringBuilder();
        lock (Table.Gate)
        {
            PrometheusText.WriteSeries(sb, Table.Snapshot());
        }

        return sb.ToString();
    }

    /// <summary>Sample lines only (no HELP/TYPE), in document order.</summary>
    public string[] Samples() =>
        [.. SeriesDocument().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))];

    public long Rejected(RejectReason reason) => Metrics.Rejected[(int)reason].Value;

    public long Ignored(IgnoredType type) => Metrics.Ignored[(int)type].Value;

    /// <summary>A <c>lines_rejected_total</c> count by its reason label.</summary>
    public long Rejected(string reason) => Metrics.Rejected[Array.IndexOf(RejectReasons.Names, reason)].Value;

    /// <summary>A <c>samples_ignored_total</c> count by its type label.</summary>
    public long Ignored(string type) => Metrics.Ignored[Array.IndexOf(SelfMetrics.IgnoredTypeNames, type)].Value;

    public long Dropped(DropLimit limit) => Metrics.Dropped[(int)limit].Value;
}
