using Popcon.Collector.Statsd;

namespace Popcon.Benchmarks.Collector;

/// <summary>Counts what the parser reports and keeps nothing: the parser's cost alone.</summary>
internal sealed class CountingSink : IStatsdSink
{
    public long Counters { get; private set; }

    public long Other { get; private set; }

    public void OnSample()
    {
    }

    public void OnCounter(ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, ReadOnlySpan<TagSpan> tags, double value) =>
        Counters++;

    public void OnIgnored(IgnoredType type) => Other++;

    public void OnRejected(RejectReason reason) => Other++;

    public void OnTagError() => Other++;
}
