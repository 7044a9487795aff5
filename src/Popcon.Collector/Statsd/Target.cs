using Popcon.Collector.Metrics;
using Popcon.Collector.Store;

namespace Popcon.Collector.Statsd;

/// <summary>Where samples of one statsd name and tag set go: a series, or a counted drop.</summary>
internal sealed class Target
{
    public Series? Series { get; private init; }

    public double Scale { get; private init; } = 1;

    public bool MappingDrop { get; private init; }

    public DropLimit? Limit { get; private init; }

    public RejectReason? Reject { get; private init; }

    /// <summary>An estimate of the memory the cache entry holds, for bounding the cache.</summary>
    public int KeyBytes { get; set; }

    public static Target Store(Series series, double scale) => new() { Series = series, Scale = scale };

    public static Target Dropped() => new() { MappingDrop = true };

    public static Target OverLimit(DropLimit limit) => new() { Limit = limit };

    public static Target Rejected(RejectReason reason) => new() { Reject = reason };
}
