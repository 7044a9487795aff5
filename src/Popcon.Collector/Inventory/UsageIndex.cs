using Popcon.Collector.Reports;

namespace Popcon.Collector.Inventory;

/// <summary>
/// Which package and runtime versions were used inside a window, and when each was last used at
/// all, keyed the way installed items are.
/// </summary>
public sealed class UsageIndex
{
    private const string AnyVersion = "";

    private readonly Dictionary<string, double> _inWindow;
    private readonly Dictionary<string, DateOnly> _lastUsed;

    private UsageIndex(Dictionary<string, double> inWindow, Dictionary<string, DateOnly> lastUsed)
    {
        _inWindow = inWindow;
        _lastUsed = lastUsed;
    }

    /// <summary>Reads package and runtime usage from <paramref name="source"/>.</summary>
    public static async Task<UsageIndex> ReadAsync(
        IUsageSource source, ReportWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(window);

        var inWindow = new Dictionary<string, double>(StringComparer.Ordinal);
        var lastUsed = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var queries = new[]
        {
            (MetricNames.PackageUsed, MetricNames.PackageLabel, false),
            (MetricNames.RuntimeUsed, MetricNames.RuntimeLabel, true),
        };
        foreach (var (metric, idLabel, runtime) in queries)
        {
            string[] labels = [idLabel, MetricNames.VersionLabel];
            foreach (var series in await source.ReadAsync(metric, labels, window, cancellationToken)
                .ConfigureAwait(false))
            {
                var key = Key(runtime, series.Labels, idLabel);
                inWindow[key] = inWindow.GetValueOrDefault(key) + series.Total;
            }

            var allTime = window.IsAll ? window : ReportWindow.All(window.Until);
            foreach (var series in await source.ReadAsync(metric, labels, allTime, cancellationToken)
                .ConfigureAwait(false))
            {
                var key = Key(runtime, series.Labels, idLabel);
                if (series.LastDay is { } last && (!lastUsed.TryGetValue(key, out var seen) || last > seen))
                {
                    lastUsed[key] = last;
                }
            }
        }

        return new UsageIndex(inWindow, lastUsed);
    }

    /// <summary>
    /// Processes that used this version inside the window. When usage came without versions
    /// (<c>POPCON_VERSIONS=0</c>), every installed version of a used package counts as used.
    /// </summary>
    public double Processes(InstalledItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var runtime = item.Kind == InstalledKind.Runtime;
        return _inWindow.GetValueOrDefault(Key(runtime, item.Id, item.Version)) +
            _inWindow.GetValueOrDefault(Key(runtime, item.Id, AnyVersion));
    }

    /// <summary>The last day this version was used, ever, when the source knows days.</summary>
    public DateOnly? LastUsed(InstalledItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var runtime = item.Kind == InstalledKind.Runtime;
        return _lastUsed.TryGetValue(Key(runtime, item.Id, item.Version), out var day) ? day : null;
    }

    private static string Key(bool runtime, IReadOnlyDictionary<string, string> labels, string idLabel) =>
        Key(runtime, labels.GetValueOrDefault(idLabel, string.Empty),
            labels.TryGetValue(MetricNames.VersionLabel, out var v) ? VersionText.Normalize(v) : AnyVersion);

    private static string Key(bool runtime, string id, string version) =>
        (runtime ? "r\u001f" : "p\u001f") + id.ToLowerInvariant() + "\u001f" + version;
}
