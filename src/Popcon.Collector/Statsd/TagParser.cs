namespace Popcon.Collector.Statsd;

/// <summary>Splits tag lists (<c>k=v,k=v</c> in names, <c>#k:v,k:v</c> in DogStatsD) into tags.</summary>
internal static class TagParser
{
    /// <summary>Parses a comma-separated tag list found at <paramref name="start"/> in the line.
    /// DogStatsD tags may each start with <c>#</c>, which is not part of the key.</summary>
    public static void ParseList(
        ReadOnlySpan<byte> line,
        int start,
        int length,
        byte separator,
        bool dogStatsd,
        TagBuffer tags,
        IStatsdSink sink)
    {
        // list = tag (',' tag)* ; a trailing comma adds no empty tag
        var end = start + length;
        var tagStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && line[i] != (byte)',')
            {
                continue;
            }

            if (i == end && tagStart == end)
            {
                break;
            }

            var s = tagStart;
            if (dogStatsd && s < i && line[s] == (byte)'#')
            {
                s++;
            }

            ParseOne(line, s, i - s, separator, tags, sink);
            tagStart = i + 1;
        }
    }

    // tag = key SEP value, both non-empty; the first separator splits
    private static void ParseOne(
        ReadOnlySpan<byte> line, int start, int length, byte separator, TagBuffer tags, IStatsdSink sink)
    {
        if (length == 0)
        {
            sink.OnTagError();
            return;
        }

        var at = line.Slice(start, length).IndexOf(separator);
        if (at <= 0 || at == length - 1)
        {
            sink.OnTagError();
            return;
        }

        tags.Add(new TagSpan(start, at, start + at + 1, length - at - 1));
    }
}
