using Popcon.Collector.Metrics;
using Popcon.Collector.Store;

namespace Popcon.Collector.Statsd;

/// <summary>Parses received bytes and adds counter samples to the series table. One lock for
/// all listeners; a cache from the raw name-and-tags bytes to the target keeps the common path
/// free of allocations.</summary>
internal sealed class IngestPipeline : IStatsdSink
{
    private const byte Separator = 0xFF; // never occurs in UTF-8, so keys cannot collide
    private const int MaxCacheBytes = 32 * 1024 * 1024;

    private readonly SeriesTable _table;
    private readonly SeriesResolver _resolver;
    private readonly SelfMetrics _metrics;
    private readonly TimeProvider _clock;
    private readonly StatsdLineParser _parser;
    private readonly Dictionary<byte[], Target> _cache = new(ByteKeyComparer.Instance);
    private readonly byte[] _key;
    private long _cacheBytes;
    private int _day;

    public IngestPipeline(
        SeriesTable table, SeriesResolver resolver, SelfMetrics metrics, int maxLineLength, TimeProvider clock)
    {
        _table = table;
        _resolver = resolver;
        _metrics = metrics;
        _clock = clock;
        _parser = new StatsdLineParser(maxLineLength);
        _key = new byte[(2 * maxLineLength) + 16];
    }

    /// <summary>One UDP datagram: lines separated by '\n'.</summary>
    public void ProcessDatagram(ReadOnlySpan<byte> payload)
    {
        _metrics.UdpPackets.Increment();
        ProcessLines(payload);
    }

    /// <summary>Complete lines separated by '\n' (a TCP read, a datagram).</summary>
    public void ProcessLines(ReadOnlySpan<byte> payload)
    {
        lock (_table.Gate)
        {
            _day = Days.Today(_clock);
            while (!payload.IsEmpty)
            {
                var newline = payload.IndexOf((byte)'\n');
                var line = newline < 0 ? payload : payload[..newline];
                payload = newline < 0 ? default : payload[(newline + 1)..];
                if (line.IsEmpty)
                {
                    continue;
                }

                _metrics.Lines.Increment();
                _parser.ParseLine(line, this);
            }
        }
    }

    /// <summary>Counts a line refused before parsing (too long for a TCP reader's buffer).</summary>
    public void RejectLine(RejectReason reason)
    {
        _metrics.Lines.Increment();
        OnRejected(reason);
    }

    public void OnSample() => _metrics.Samples.Increment();

    public void OnIgnored(IgnoredType type) => _metrics.Ignored[(int)type].Increment();

    public void OnRejected(RejectReason reason) => _metrics.Rejected[(int)reason].Increment();

    public void OnTagError() => _metrics.TagErrors.Increment();

    public void OnCounter(
        ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, ReadOnlySpan<TagSpan> tags, double value)
    {
        var key = BuildKey(line, name, tags);
        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (!lookup.TryGetValue(key, out var target))
        {
            target = _resolver.Resolve(line, name, tags, _day);
            target.KeyBytes = key.Length + 64;
            if (_cacheBytes + target.KeyBytes > MaxCacheBytes)
            {
                // a flood of distinct names must not grow memory: start over
                _cache.Clear();
                _cacheBytes = 0;
            }

            lookup.TryAdd(key, target);
            _cacheBytes += target.KeyBytes;
        }

        Apply(target, value);
    }

    private void Apply(Target target, double value)
    {
        if (target.Series is { } series)
        {
            var scaled = value * target.Scale;
            if (!double.IsFinite(scaled) || !double.IsFinite(series.Total + scaled))
            {
                // a huge value (alone, divided by a small rate, or added to a huge total) would pin
                // the total at +Inf, which no JSON writer can put out
                OnRejected(RejectReason.MalformedValue);
                return;
            }

            _table.Add(series, _day, scaled);
            _metrics.CountersStored.Increment();
        }
        else if (target.MappingDrop)
        {
            _metrics.MappingDrops.Increment();
        }
        else if (target.Limit is { } limit)
        {
            _metrics.Dropped[(int)limit].Increment();
        }
        else if (target.Reject is { } reason)
        {
            OnRejected(reason);
        }
    }

    // key = name 0xFF (key|0xFE 0xFF value 0xFF)*
    private ReadOnlySpan<byte> BuildKey(
        ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, ReadOnlySpan<TagSpan> tags)
    {
        var span = _key.AsSpan();
        name.CopyTo(span);
        var at = name.Length;
        span[at++] = Separator;
        foreach (var tag in tags)
        {
            if (tag.IsContainerId)
            {
                span[at++] = 0xFE;
            }
            else
            {
                line.Slice(tag.KeyStart, tag.KeyLength).CopyTo(span[at..]);
                at += tag.KeyLength;
            }

            span[at++] = Separator;
            line.Slice(tag.ValueStart, tag.ValueLength).CopyTo(span[at..]);
            at += tag.ValueLength;
            span[at++] = Separator;
        }

        return span[..at];
    }
}
