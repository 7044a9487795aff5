namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>One Prometheus series: a metric name and its labels, compared by value.</summary>
internal sealed record MetricSeries(string Name, IReadOnlyDictionary<string, string> Labels)
{
    public string? Label(string name) => Labels.TryGetValue(name, out var value) ? value : null;

    public bool Equals(MetricSeries? other) =>
        other is not null && Name == other.Name && Key(Labels) == Key(other.Labels);

    public override int GetHashCode() => HashCode.Combine(Name, Key(Labels));

    public override string ToString() => Name + Key(Labels);

    private static string Key(IReadOnlyDictionary<string, string> labels) =>
        "{" + string.Join(",", labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => l.Key + "=\"" + l.Value + "\"")) + "}";
}
