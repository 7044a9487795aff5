using System.Text;
using Popcon.Collector.Mapping;
using Popcon.Collector.Metrics;
using Popcon.Collector.Store;

namespace Popcon.Collector.Statsd;

/// <summary>Turns a statsd name and tags into a target series: mapping, escaping, limits,
/// canonical labels. Runs only on a cache miss, so it may allocate.</summary>
internal sealed class SeriesResolver(
    MetricMapper mapper, SeriesTable table, int maxLabels, int maxLabelValueLength)
{
    /// <summary>Names starting so are the collector's own; statsd may not write them.</summary>
    public const string ReservedPrefix = "popcon_collector_";

    private const string ContainerIdLabel = "container_id";

    public Target Resolve(ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, ReadOnlySpan<TagSpan> tags, int day)
    {
        var tagLabels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var key = tag.IsContainerId
                ? ContainerIdLabel
                : NameEscaper.Escape(Encoding.UTF8.GetString(line.Slice(tag.KeyStart, tag.KeyLength)));
            tagLabels[key] = Encoding.UTF8.GetString(line.Slice(tag.ValueStart, tag.ValueLength));
        }

        var outcome = mapper.Map(Encoding.UTF8.GetString(name), tagLabels);
        if (outcome.Drop)
        {
            return Target.Dropped();
        }

        if (outcome.Name.Length == 0)
        {
            return Target.Rejected(RejectReason.EmptyMetricName);
        }

        if (outcome.Name.StartsWith(ReservedPrefix, StringComparison.Ordinal))
        {
            return Target.Rejected(RejectReason.ReservedName);
        }

        // an empty value means "no label" to Prometheus; "__" names are reserved by it
        var labels = LabelsJson.Sort(outcome.Labels.Where(
            l => l.Value.Length > 0 && !l.Key.StartsWith("__", StringComparison.Ordinal)));
        if (labels.Length > maxLabels)
        {
            return Target.OverLimit(DropLimit.MaxLabels);
        }

        if (labels.Any(l => l.Value.Length > maxLabelValueLength))
        {
            return Target.OverLimit(DropLimit.MaxLabelValueLength);
        }

        var series = table.GetOrCreate(outcome.Name, labels, LabelsJson.Write(labels), day);
        if (series is null)
        {
            return Target.OverLimit(DropLimit.MaxSeries);
        }

        series.Help ??= outcome.Help;
        return Target.Store(series, outcome.Scale);
    }
}
