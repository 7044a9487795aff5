using System.Text.RegularExpressions;

namespace Popcon.Collector.Reports;

/// <summary>The Prometheus rules for metric and label names, which the store's names follow.</summary>
public static partial class MetricNameRules
{
    /// <summary><c>[a-zA-Z_:][a-zA-Z0-9_:]*</c></summary>
    public static bool IsMetricName(string name) => name is not null && MetricName().IsMatch(name);

    /// <summary><c>[a-zA-Z_][a-zA-Z0-9_]*</c></summary>
    public static bool IsLabelName(string name) => name is not null && LabelName().IsMatch(name);

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
