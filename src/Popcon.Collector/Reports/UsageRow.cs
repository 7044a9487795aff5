namespace Popcon.Collector.Reports;

/// <summary>One row of a usage report: one value of the grouping labels.</summary>
/// <param name="Key">The grouping labels' values, in the order of the report's labels.</param>
/// <param name="Processes">Processes that used it inside the window.</param>
/// <param name="Share">Processes divided by all reports inside the window (0 when none).</param>
/// <param name="FirstDay">First day seen inside the window, when known.</param>
/// <param name="LastDay">Last day seen inside the window, when known.</param>
/// <param name="Daily">Processes per day, as far as the source keeps days.</param>
public sealed record UsageRow(
    IReadOnlyList<string> Key,
    double Processes,
    double Share,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    IReadOnlyDictionary<DateOnly, double> Daily);
