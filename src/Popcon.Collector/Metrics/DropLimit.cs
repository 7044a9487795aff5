namespace Popcon.Collector.Metrics;

/// <summary>A configured limit that dropped a sample; the label of
/// <c>popcon_collector_samples_dropped_total{limit}</c>.</summary>
internal enum DropLimit
{
    MaxSeries,
    MaxLabels,
    MaxLabelValueLength,
}
