using System.Globalization;

namespace Popcon.Collector.Reports;

/// <summary>
/// Reads usage from a Prometheus server that scrapes the collector, through its HTTP query API:
/// <c>increase()</c> over the window for the counts and a daily range query for first and last
/// day. Prometheus extrapolates <c>increase()</c>, so counts are rounded to whole processes.
/// </summary>
public sealed class PrometheusUsageSource : IUsageSource
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly PrometheusClient _client;
    private readonly Func<DateTimeOffset> _now;

    /// <summary>A source over the Prometheus server at <paramref name="baseUri"/>.</summary>
    public PrometheusUsageSource(Uri baseUri, HttpClient httpClient, Func<DateTimeOffset>? now = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        ArgumentNullException.ThrowIfNull(httpClient);
        _client = new PrometheusClient(baseUri, httpClient);
        _now = now ?? (() => DateTimeOffset.UtcNow);
    }

    /// <inheritdoc />
    public string Description => _client.BaseUri.ToString();

    /// <inheritdoc />
    public async Task<IReadOnlyList<UsageSeries>> ReadAsync(
        string metric,
        IReadOnlyList<string> groupBy,
        ReportWindow window,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(groupBy);
        CheckName(metric, MetricNameRules.IsMetricName(metric), "metric");
        foreach (var label in groupBy)
        {
            CheckName(label, MetricNameRules.IsLabelName(label), "label");
        }

        var grouping = groupBy.Count > 0
            ? $"by ({string.Join(", ", groupBy)})"
            : "without (instance, job)";
        var end = WindowEnd(window);
        var evaluateAt = end < _now() ? end : _now();

        if (window.Days is not { } days)
        {
            // The collector exposes all-time totals, so the counter's current value is the answer.
            var totals = await _client.QueryAsync(
                $"sum {grouping} ({metric})", evaluateAt, cancellationToken).ConfigureAwait(false);
            return totals.Select(s => new UsageSeries(
                s.Labels, Math.Round(s.Values[0].Value), null, null,
                new Dictionary<DateOnly, double>())).ToList();
        }

        var windowTotals = await _client.QueryAsync(
            $"sum {grouping} (increase({metric}[{days}d]))", evaluateAt, cancellationToken)
            .ConfigureAwait(false);
        var perDay = await _client.QueryRangeAsync(
            $"sum {grouping} (increase({metric}[1d]))",
            end.AddDays(1 - days), end, Day, cancellationToken).ConfigureAwait(false);

        return Join(windowTotals, perDay);
    }

    private static List<UsageSeries> Join(
        IReadOnlyList<PrometheusSeries> totals, IReadOnlyList<PrometheusSeries> perDay)
    {
        var daysByKey = perDay.ToDictionary(s => Key(s.Labels), DailyCounts, StringComparer.Ordinal);
        var result = new List<UsageSeries>();
        foreach (var series in totals)
        {
            var total = Math.Round(series.Values[0].Value);
            if (total <= 0)
            {
                continue;
            }

            var daily = daysByKey.GetValueOrDefault(Key(series.Labels)) ?? [];
            var seen = daily.Keys.ToList();
            result.Add(new UsageSeries(
                series.Labels, total, seen.Count > 0 ? seen.Min() : null,
                seen.Count > 0 ? seen.Max() : null, daily));
        }

        return result;
    }

    // A sample at midnight T holds the increase over the day before T.
    private static Dictionary<DateOnly, double> DailyCounts(PrometheusSeries series)
    {
        var daily = new Dictionary<DateOnly, double>();
        foreach (var (time, value) in series.Values)
        {
            var rounded = Math.Round(value);
            if (rounded > 0)
            {
                daily[DateOnly.FromDateTime(time.UtcDateTime.AddDays(-1))] = rounded;
            }
        }

        return daily;
    }

    // The end of the window: midnight UTC after its last day.
    private static DateTimeOffset WindowEnd(ReportWindow window) =>
        new(window.Until.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Key(IReadOnlyDictionary<string, string> labels) =>
        string.Join('\u001f', labels.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));

    private static void CheckName(string name, bool valid, string what)
    {
        if (!valid)
        {
            throw new ReportException(
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not a Prometheus {1} name", name, what));
        }
    }
}
