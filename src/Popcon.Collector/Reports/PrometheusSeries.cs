namespace Popcon.Collector.Reports;

/// <summary>One series of a Prometheus query result: its labels and its samples.</summary>
internal sealed record PrometheusSeries(
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<(DateTimeOffset Time, double Value)> Values);
