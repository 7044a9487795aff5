namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>What the collector counted while one test's processes ran.</summary>
internal sealed class UsageDelta
{
    public const string PackageMetric = "dotnet_popcon_package_used_total";
    public const string RuntimeMetric = "dotnet_popcon_runtime_used_total";
    public const string ReportsMetric = "dotnet_popcon_reports_total";

    public UsageDelta(IReadOnlyDictionary<MetricSeries, double> grown, string diagnostics)
    {
        Grown = grown;
        Diagnostics = diagnostics;
    }

    public IReadOnlyDictionary<MetricSeries, double> Grown { get; }

    /// <summary>The collector's /metrics and the reporters' self-log, for assertion messages.</summary>
    public string Diagnostics { get; }

    public double Reports => Sum(ReportsMetric);

    /// <summary>Package id to increment, over all versions and sources.</summary>
    public Dictionary<string, double> Packages => Grown
        .Where(s => s.Key.Name == PackageMetric)
        .GroupBy(s => s.Key.Label("package") ?? "")
        .ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.Ordinal);

    public IEnumerable<MetricSeries> Series(string metric) =>
        Grown.Keys.Where(s => s.Name == metric);

    public IEnumerable<MetricSeries> PackageSeries(string package) =>
        Series(PackageMetric).Where(s => s.Label("package") == package);

    public double Sum(string metric) => Grown.Where(s => s.Key.Name == metric).Sum(s => s.Value);

    public override string ToString() =>
        "grown: " + string.Join(", ", Grown.Select(s => s.Key + "=" + s.Value)) + "\n" + Diagnostics;
}
