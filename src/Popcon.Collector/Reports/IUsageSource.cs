namespace Popcon.Collector.Reports;

/// <summary>Where usage comes from: the collector's SQLite store or a Prometheus server.</summary>
public interface IUsageSource
{
    /// <summary>A short description of the source for messages, such as its path or URL.</summary>
    public string Description { get; }

    /// <summary>
    /// Every series of <paramref name="metric"/> with increments inside <paramref name="window"/>.
    /// </summary>
    /// <param name="metric">The metric name after mapping.</param>
    /// <param name="groupBy">
    /// The labels the caller will group by; a source that aggregates (Prometheus) keeps only these.
    /// Empty means "keep every label".
    /// </param>
    /// <param name="window">The days to cover.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ReportException">The source cannot be read.</exception>
    public Task<IReadOnlyList<UsageSeries>> ReadAsync(
        string metric,
        IReadOnlyList<string> groupBy,
        ReportWindow window,
        CancellationToken cancellationToken);
}
