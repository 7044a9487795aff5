namespace Popcon.Collector.Reports;

/// <summary>
/// One series of a metric as a source sees it inside a window: its labels, the increments per UTC
/// day and their sum.
/// </summary>
/// <param name="Labels">The series' labels (name to value).</param>
/// <param name="Total">Increments inside the window (all-time for an all-time window).</param>
/// <param name="FirstDay">First day with increments, when the source knows it.</param>
/// <param name="LastDay">Last day with increments, when the source knows it.</param>
/// <param name="Daily">Increments per day, as far as the source keeps days.</param>
public sealed record UsageSeries(
    IReadOnlyDictionary<string, string> Labels,
    double Total,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    IReadOnlyDictionary<DateOnly, double> Daily);
