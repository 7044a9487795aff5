using System.Text.Unicode;

namespace Popcon.Collector.Statsd;

/// <summary>Reads statsd lines the way statsd_exporter does, from bytes, without allocating.
/// Not thread-safe: one instance per ingest lock.</summary>
internal sealed class StatsdLineParser
{
    private readonly int _maxLineLength;
    private readonly byte[] _name;
    private readonly TagBuffer _tags = new();
    private readonly SampleParser _samples;

    public StatsdLineParser(int maxLineLength)
    {
        _maxLineLength = maxLineLength;
        _name = new byte[maxLineLength];
        _samples = new SampleParser(_tags);
    }

    /// <summary>Parses one line (without its newline). Empty lines are skipped silently.</summary>
    public void ParseLine(ReadOnlySpan<byte> line, IStatsdSink sink)
    {
        // line = name [name-tags] ':' samples ; a trailing CR (CRLF senders) is not part of it
        if (line.IsEmpty)
        {
            return;
        }

        if (line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Length > _maxLineLength)
        {
            sink.OnRejected(RejectReason.LineTooLong);
            return;
        }

        if (!Utf8.IsValid(line))
        {
            sink.OnRejected(RejectReason.InvalidUtf8);
            return;
        }

        var colon = line.IndexOf((byte)':');
        if (colon <= 0)
        {
            sink.OnRejected(RejectReason.MalformedLine);
            return;
        }

        _tags.Truncate(0);
        var nameLength = ReadNameAndTags(line, colon, sink);
        if (nameLength < 0)
        {
            return;
        }

        if (nameLength == 0)
        {
            sink.OnRejected(RejectReason.EmptyMetricName);
            return;
        }

        ReadSamples(line, colon + 1, _name.AsSpan(0, nameLength), sink);
    }

    // samples = sample (':' sample)* | value (':' value)+ '|' ('ms'|'h'|'d') rest | sample-with-#tags
    private void ReadSamples(ReadOnlySpan<byte> line, int restStart, ReadOnlySpan<byte> name, IStatsdSink sink)
    {
        var rest = line[restStart..];
        var usesDogStatsDTags = rest.IndexOf("|#"u8) >= 0;
        if (usesDogStatsDTags && _tags.Count > 0)
        {
            sink.OnRejected(RejectReason.MixedTaggingStyles);
            return;
        }

        var firstPipe = rest.IndexOf((byte)'|');
        if (firstPipe < 0)
        {
            sink.OnRejected(RejectReason.NotEnoughPartsAfterColon);
            return;
        }

        var nameTagCount = _tags.Count;
        var values = rest[..firstPipe];
        if (values.IndexOf((byte)':') >= 0)
        {
            ReadExtendedAggregate(line, restStart, firstPipe, name, nameTagCount, sink);
            return;
        }

        if (usesDogStatsDTags)
        {
            _samples.Parse(line, restStart, firstPipe, restStart + firstPipe + 1, line.Length, name, sink);
            return;
        }

        var start = restStart;
        for (var i = restStart; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != (byte)':')
            {
                continue;
            }

            _tags.Truncate(nameTagCount);
            var pipe = line[start..i].IndexOf((byte)'|');
            var valueLength = pipe < 0 ? i - start : pipe;
            var suffixStart = pipe < 0 ? -1 : start + pipe + 1;
            _samples.Parse(line, start, valueLength, suffixStart, i, name, sink);
            start = i + 1;
        }
    }

    // extended aggregate: v1:v2:...|type|rest, each value taking the shared suffix
    private void ReadExtendedAggregate(
        ReadOnlySpan<byte> line, int restStart, int firstPipe, ReadOnlySpan<byte> name, int nameTagCount,
        IStatsdSink sink)
    {
        var suffixStart = restStart + firstPipe + 1;
        var suffix = line[suffixStart..];
        var typeEnd = suffix.IndexOf((byte)'|');
        var type = typeEnd < 0 ? suffix : suffix[..typeEnd];
        if (!type.SequenceEqual("ms"u8) && !type.SequenceEqual("h"u8) && !type.SequenceEqual("d"u8))
        {
            sink.OnRejected(RejectReason.InvalidExtendedAggregateType);
            return;
        }

        var start = restStart;
        var valuesEnd = restStart + firstPipe;
        for (var i = restStart; i <= valuesEnd; i++)
        {
            if (i < valuesEnd && line[i] != (byte)':')
            {
                continue;
            }

            _tags.Truncate(nameTagCount);
            _samples.Parse(line, start, i - start, suffixStart, line.Length, name, sink);
            start = i + 1;
        }
    }

    // name-tags: name '[' tags ']' rest (SignalFX) | name '#' tags (Librato) | name ',' tags (InfluxDB)
    private int ReadNameAndTags(ReadOnlySpan<byte> line, int colon, IStatsdSink sink)
    {
        var section = line[..colon];
        var open = section.IndexOf((byte)'[');
        var close = section.IndexOf((byte)']');
        if (open >= 0 || close >= 0)
        {
            if (open < 0 || close < 0 || close < open)
            {
                sink.OnRejected(RejectReason.InvalidSignalFxTags);
                return -1;
            }

            TagParser.ParseList(line, open + 1, close - open - 1, (byte)'=', false, _tags, sink);
            section[..open].CopyTo(_name);
            section[(close + 1)..].CopyTo(_name.AsSpan(open));
            return open + section.Length - close - 1;
        }

        var at = section.IndexOfAny((byte)'#', (byte)',');
        if (at < 0)
        {
            section.CopyTo(_name);
            return section.Length;
        }

        TagParser.ParseList(line, at + 1, colon - at - 1, (byte)'=', false, _tags, sink);
        section[..at].CopyTo(_name);
        return at;
    }
}
