namespace Popcon.Deploy.Tests.Mapping;

/// <summary>The Prometheus metric a statsd name maps to: name plus labels.</summary>
internal sealed record MappedMetric(string Name, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>Labels as <c>a=1,b=2</c> sorted by name, for golden-string assertions.</summary>
    public string LabelText => string.Join(
        ",",
        Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
}
