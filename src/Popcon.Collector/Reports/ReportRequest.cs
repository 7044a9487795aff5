namespace Popcon.Collector.Reports;

/// <summary>What a usage report should show.</summary>
/// <param name="Metric">The metric to count, e.g. <c>dotnet_popcon_package_used_total</c>.</param>
/// <param name="GroupBy">Labels whose values form one row; empty means the whole label set.</param>
/// <param name="ReportsMetric">The metric counting reporting processes (the share's denominator).</param>
/// <param name="Window">The days to cover.</param>
/// <param name="MinCount">Rows counting fewer processes than this are hidden and only counted.</param>
/// <param name="Match">A glob (<c>*</c>, <c>?</c>) or substring a row value must match; null for all.</param>
public sealed record ReportRequest(
    string Metric,
    IReadOnlyList<string> GroupBy,
    string ReportsMetric,
    ReportWindow Window,
    int MinCount = 0,
    string? Match = null)
{
    /// <summary>Packages per process, by package id: the default report.</summary>
    public static ReportRequest Packages(ReportWindow window, int minCount = 0, string? match = null) =>
        new(MetricNames.PackageUsed, [MetricNames.PackageLabel], MetricNames.Reports, window,
            minCount, match);
}
