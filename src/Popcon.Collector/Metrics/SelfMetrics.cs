using Popcon.Collector.Statsd;

namespace Popcon.Collector.Metrics;

/// <summary>The collector's own counts, exposed on /metrics as <c>popcon_collector_*</c>.</summary>
internal sealed class SelfMetrics
{
    public static readonly string[] DropLimitNames = ["max_series", "max_labels", "max_label_value_length"];

    public static readonly string[] IgnoredTypeNames = ["gauge", "timer", "histogram", "distribution", "set"];

    public AtomicCounter UdpPackets { get; } = new();

    public AtomicCounter TcpConnections { get; } = new();

    public AtomicCounter TcpConnectionsRefused { get; } = new();

    public AtomicCounter Lines { get; } = new();

    public AtomicCounter Samples { get; } = new();

    public AtomicCounter CountersStored { get; } = new();

    public AtomicCounter TagErrors { get; } = new();

    public AtomicCounter MappingDrops { get; } = new();

    public AtomicCounter Flushes { get; } = new();

    public AtomicCounter FlushErrors { get; } = new();

    public AtomicCounter[] Rejected { get; } = Make(RejectReasons.Count);

    public AtomicCounter[] Dropped { get; } = Make(DropLimitNames.Length);

    public AtomicCounter[] Ignored { get; } = Make(IgnoredTypeNames.Length);

    /// <summary>Every refused line or sample, all reasons together.</summary>
    public long RejectedTotal => Rejected.Sum(c => c.Value);

    private static AtomicCounter[] Make(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new AtomicCounter())];
}
