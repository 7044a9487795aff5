using Popcon.Collector.Metrics;
using Popcon.Collector.Store;

namespace Popcon.Collector.Http;

/// <summary>What the HTTP handlers read: the series table and the self-metrics.</summary>
internal sealed class CollectorState(SeriesTable table, SelfMetrics metrics, string databasePath)
{
    public SeriesTable Table => table;

    public SelfMetrics Metrics => metrics;

    public string DatabasePath => databasePath;

    /// <summary>Set once ingest and the writer run; /-/ready answers 503 before.</summary>
    public volatile bool Ready;

    public SeriesSnapshot[] Snapshot()
    {
        lock (table.Gate)
        {
            return table.Snapshot();
        }
    }
}
