namespace Popcon.Collector.Reports;

/// <summary>A finished usage report, ready for any output format.</summary>
/// <param name="Labels">The names of the grouping labels, one per <see cref="UsageRow.Key"/> value.</param>
/// <param name="Window">The window asked for.</param>
/// <param name="From">The first day covered (for all-time: the first day the source knows).</param>
/// <param name="To">The last day covered (for all-time: the last day the source knows).</param>
/// <param name="Reports">Reporting processes inside the window.</param>
/// <param name="Rows">Visible rows, most processes first, then by key.</param>
/// <param name="Hidden">Rows left out because they count fewer than the minimum processes.</param>
public sealed record UsageReport(
    IReadOnlyList<string> Labels,
    ReportWindow Window,
    DateOnly? From,
    DateOnly? To,
    double Reports,
    IReadOnlyList<UsageRow> Rows,
    int Hidden);
