using System.Text;
using Popcon.Collector.Mapping;
using Popcon.Collector.Metrics;
using Popcon.Collector.Statsd;
using Popcon.Collector.Store;

namespace Popcon.Benchmarks.Collector;

/// <summary>
/// The collector's ingest and exposition parts, wired the way CollectorHost wires them (built-in
/// mappings, default limits), without sockets, database or HTTP. The only file that knows how
/// they fit, so internal changes are fixed here alone.
/// </summary>
internal sealed class CollectorParts
{
    private const int MaxLineLength = 4096;

    public CollectorParts(int maxSeries = 1_000_000)
    {
        Table = new SeriesTable(maxSeries);
        Metrics = new SelfMetrics();
        var resolver = new SeriesResolver(BuiltInMappings.Create(), Table, 16, 256);
        Pipeline = new IngestPipeline(Table, resolver, Metrics, MaxLineLength, TimeProvider.System);
    }

    public SeriesTable Table { get; }

    public SelfMetrics Metrics { get; }

    public IngestPipeline Pipeline { get; }

    public static StatsdLineParser NewParser() => new(MaxLineLength);

    /// <summary>Counter samples stored so far.</summary>
    public long Stored => Metrics.CountersStored.Value;

    /// <summary>The body GET /metrics sends: every series, then the collector's own families.</summary>
    public string WriteMetrics()
    {
        SeriesSnapshot[] snapshot;
        lock (Table.Gate)
        {
            snapshot = Table.Snapshot();
        }

        var sb = new StringBuilder(256 + (snapshot.Length * 96));
        PrometheusText.WriteSeries(sb, snapshot);
        SelfMetricsWriter.Write(sb, Metrics, snapshot.Length, Table.MaxSeries);
        return sb.ToString();
    }

    /// <summary>Creates <paramref name="count"/> package series, one tagged line each.</summary>
    public void AddPackageSeries(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Pipeline.ProcessDatagram(Encoding.UTF8.GetBytes(StatsdLines.Package(i)));
        }
    }
}
