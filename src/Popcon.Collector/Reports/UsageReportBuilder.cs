namespace Popcon.Collector.Reports;

/// <summary>Turns the series of a source into a sorted, thresholded usage report.</summary>
public static class UsageReportBuilder
{
    /// <summary>Reads <paramref name="source"/> and builds the report <paramref name="request"/> asks for.</summary>
    /// <exception cref="ReportException">The source cannot be read.</exception>
    public static async Task<UsageReport> BuildAsync(
        IUsageSource source, ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);

        var series = await source
            .ReadAsync(request.Metric, request.GroupBy, request.Window, cancellationToken)
            .ConfigureAwait(false);
        var reportSeries = await source
            .ReadAsync(request.ReportsMetric, [], request.Window, cancellationToken)
            .ConfigureAwait(false);

        return Build(request, series, reportSeries);
    }

    /// <summary>Builds the report from series already read.</summary>
    public static UsageReport Build(
        ReportRequest request,
        IReadOnlyList<UsageSeries> series,
        IReadOnlyList<UsageSeries> reportSeries)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(reportSeries);

        ThrowIfNoSeriesHasTheLabels(request, series);
        var labels = request.GroupBy.Count > 0
            ? request.GroupBy
            : series.SelectMany(s => s.Labels.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var reports = reportSeries.Aggregate(0.0, (sum, s) => Math.Min(sum + s.Total, double.MaxValue));

        var groups = new Dictionary<string, RowAccumulator>(StringComparer.Ordinal);
        foreach (var one in series)
        {
            var key = labels.Select(l => one.Labels.GetValueOrDefault(l, string.Empty)).ToList();
            var joined = string.Join('\u001f', key);
            if (!groups.TryGetValue(joined, out var accumulator))
            {
                accumulator = new RowAccumulator(key);
                groups[joined] = accumulator;
            }

            accumulator.Add(one);
        }

        var all = groups.Values.Select(g => g.ToRow(reports)).Where(r => r.Processes > 0).ToList();
        var hidden = all.Count(r => r.Processes < request.MinCount);
        var matcher = request.Match is { Length: > 0 } match ? new ValueMatcher(match) : null;
        var rows = all
            .Where(r => r.Processes >= request.MinCount)
            .Where(r => matcher is null || matcher.Matches(r.Key))
            .OrderByDescending(r => r.Processes)
            .ThenBy(r => string.Join('\u001f', r.Key), StringComparer.Ordinal)
            .ToList();

        var (from, to) = Extent(request.Window, series.Concat(reportSeries));
        return new UsageReport(labels, request.Window, from, to, reports, rows, hidden);
    }

    // Grouping by a label no series carries would fold everything into one nameless row.
    private static void ThrowIfNoSeriesHasTheLabels(ReportRequest request, IReadOnlyList<UsageSeries> series)
    {
        if (request.GroupBy.Count == 0 || series.Count == 0
            || series.Any(s => request.GroupBy.Any(s.Labels.ContainsKey)))
        {
            return;
        }

        var present = series.SelectMany(s => s.Labels.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var remedy = present.Count > 0
            ? "; its labels are " + string.Join(", ", present) + ": pass one of those to --by"
            : ": pass a label the metric carries to --by";
        throw new ReportException(
            $"no series of {request.Metric} has the label {string.Join(" or ", request.GroupBy)}{remedy}");
    }

    // The window's own days, or for an all-time window the days the data covers.
    private static (DateOnly? From, DateOnly? To) Extent(
        ReportWindow window, IEnumerable<UsageSeries> series)
    {
        if (!window.IsAll)
        {
            return (window.From, window.Until);
        }

        var list = series.ToList();
        var firsts = list.Select(s => s.FirstDay).OfType<DateOnly>().ToList();
        var lasts = list.Select(s => s.LastDay).OfType<DateOnly>().ToList();
        return (firsts.Count > 0 ? firsts.Min() : null, lasts.Count > 0 ? lasts.Max() : null);
    }
}
