using System.Globalization;

namespace Popcon.Collector.Statsd;

/// <summary>Reads one sample, <c>value|type[|@rate][|#tags][|c:container][|Ttimestamp]</c>.</summary>
internal sealed class SampleParser(TagBuffer tags)
{
    private const NumberStyles ValueStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private const int MaxComponents = 6;

    /// <summary>Parses the sample whose value is at <paramref name="valueStart"/> and whose
    /// '|'-separated components run from <paramref name="suffixStart"/> (-1: none) to
    /// <paramref name="end"/>.</summary>
    public void Parse(
        ReadOnlySpan<byte> line, int valueStart, int valueLength, int suffixStart, int end,
        ReadOnlySpan<byte> name, IStatsdSink sink)
    {
        sink.OnSample();
        if (suffixStart < 0 || line[suffixStart..end].Count((byte)'|') + 2 > MaxComponents)
        {
            sink.OnRejected(RejectReason.MalformedComponent);
            return;
        }

        var suffix = line[suffixStart..end];
        var typeEnd = suffix.IndexOf((byte)'|');
        var type = typeEnd < 0 ? suffix : suffix[..typeEnd];
        if (type.SequenceEqual("s"u8))
        {
            // set members are arbitrary strings, not numbers
            sink.OnIgnored(IgnoredType.Set);
            return;
        }

        var valueText = line.Slice(valueStart, valueLength);
        if (!double.TryParse(valueText, ValueStyle, CultureInfo.InvariantCulture, out var value))
        {
            sink.OnRejected(RejectReason.MalformedValue);
            return;
        }

        if (typeEnd >= 0 && !ReadExtras(line, suffixStart + typeEnd + 1, end, type, ref value, sink))
        {
            return;
        }

        Emit(line, type, value, name, sink);
    }

    private void Emit(
        ReadOnlySpan<byte> line, ReadOnlySpan<byte> type, double value, ReadOnlySpan<byte> name, IStatsdSink sink)
    {
        if (type.SequenceEqual("c"u8))
        {
            if (!double.IsFinite(value))
            {
                sink.OnRejected(RejectReason.MalformedValue);
            }
            else if (value < 0)
            {
                sink.OnRejected(RejectReason.IllegalNegativeCounter);
            }
            else
            {
                sink.OnCounter(line, name, tags.Items, value);
            }

            return;
        }

        IgnoredType? ignored = type switch
        {
            _ when type.SequenceEqual("g"u8) => IgnoredType.Gauge,
            _ when type.SequenceEqual("ms"u8) => IgnoredType.Timer,
            _ when type.SequenceEqual("h"u8) => IgnoredType.Histogram,
            _ when type.SequenceEqual("d"u8) => IgnoredType.Distribution,
            _ => null,
        };
        if (ignored is { } known)
        {
            sink.OnIgnored(known);
        }
        else
        {
            sink.OnRejected(RejectReason.IllegalEvent);
        }
    }

    // extras = component ('|' component)* ; each non-empty: '@'rate | '#'tags | 'c:'id | 'T'time
    private bool ReadExtras(
        ReadOnlySpan<byte> line, int start, int end, ReadOnlySpan<byte> type, ref double value, IStatsdSink sink)
    {
        var extras = line[start..end];
        if (extras.IsEmpty || extras[0] == (byte)'|' || extras[^1] == (byte)'|' || extras.IndexOf("||"u8) >= 0)
        {
            sink.OnRejected(RejectReason.MalformedComponent);
            return false;
        }

        var componentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && line[i] != (byte)'|')
            {
                continue;
            }

            if (!ReadComponent(line, componentStart, i, type, ref value, sink))
            {
                return false;
            }

            componentStart = i + 1;
        }

        return true;
    }

    private bool ReadComponent(
        ReadOnlySpan<byte> line, int start, int end, ReadOnlySpan<byte> type, ref double value, IStatsdSink sink)
    {
        switch (line[start])
        {
            case (byte)'@':
                // rate = float in (0, 1]; a counter counts value / rate
                var rateText = line[(start + 1)..end];
                if (!double.TryParse(rateText, ValueStyle, CultureInfo.InvariantCulture, out var rate)
                    || !(rate > 0 && rate <= 1))
                {
                    sink.OnRejected(RejectReason.InvalidSampleFactor);
                    return false;
                }

                if (type.SequenceEqual("c"u8))
                {
                    value /= rate;
                }

                return true;
            case (byte)'#':
                TagParser.ParseList(line, start + 1, end - start - 1, (byte)':', true, tags, sink);
                return true;
            case (byte)'c':
                if (end - start <= 2 || line[start + 1] != (byte)':')
                {
                    sink.OnRejected(RejectReason.MalformedContainerId);
                    return false;
                }

                tags.Add(new TagSpan(-1, 0, start + 2, end - start - 2));
                return true;
            case (byte)'T':
                // a DogStatsD timestamp; counts are kept per day, so it adds nothing
                return true;
            default:
                sink.OnRejected(RejectReason.InvalidSampleFactor);
                return false;
        }
    }
}
