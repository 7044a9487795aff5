namespace Popcon.Collector.Statsd;

/// <summary>Receives what <see cref="StatsdLineParser"/> finds in a line.</summary>
internal interface IStatsdSink
{
    /// <summary>One sample (a value of a line) is about to be parsed.</summary>
    public void OnSample();

    /// <summary>A valid counter sample; <paramref name="value"/> is already divided by its rate.</summary>
    public void OnCounter(
        ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, ReadOnlySpan<TagSpan> tags, double value);

    /// <summary>A valid sample of a type that is not stored.</summary>
    public void OnIgnored(IgnoredType type);

    /// <summary>A line or sample was refused.</summary>
    public void OnRejected(RejectReason reason);

    /// <summary>A malformed tag was skipped; the sample itself was kept.</summary>
    public void OnTagError();
}
