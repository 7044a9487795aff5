using System.Globalization;
using System.Text;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

/// <summary>
/// A real Prometheus scraping a loopback /metrics document that holds four processes' worth of
/// counters, and a store holding the same four processes, all dated today.
/// </summary>
public sealed class PrometheusFixture : IAsyncLifetime
{
    private static readonly (string Package, string Version)[][] Processes =
    [
        [("newtonsoft.json", "13.0.3"), ("microsoft.extensions.logging", "10.0.0")],
        [("newtonsoft.json", "13.0.3")],
        [("serilog", "4.0.0"), ("microsoft.extensions.logging", "10.0.0")],
        [("newtonsoft.json", "13.0.4")],
    ];

    private readonly TempDirectory _directory = new();
    private MetricsServer? _metrics;
    private PrometheusServer? _prometheus;

    public string DatabasePath => _directory.File("popcon.db");

    public Uri PrometheusUri => _prometheus!.BaseUri;

    public string Today { get; } = StoreFixtureWriter.Day(DateOnly.FromDateTime(DateTime.UtcNow));

    public async Task InitializeAsync()
    {
        using (var store = StoreFixtureWriter.Create(DatabasePath))
        {
            foreach (var process in Processes)
            {
                store.Process(Today, process);
                store.Add("dotnet_popcon_runtime_used_total", Today, 1,
                    "runtime", "microsoft.netcore.app", "version", "10.0.12");
            }
        }

        _metrics = await MetricsServer.StartAsync();
        _metrics.Document = Exposition(scale: 0);
        _prometheus = await PrometheusServer.StartAsync(_metrics.BaseUri);

        // Counters first seen at zero, so increase() counts every later increment and extrapolates
        // only a little past the last scrape.
        const string Samples = "count_over_time(dotnet_popcon_reports_total[10m])";
        await _prometheus.WaitUntilAsync(async () => await _prometheus.ScalarAsync(Samples) >= 10);
        var before = await _prometheus.ScalarAsync(Samples);
        _metrics.Document = Exposition(scale: 1);
        await _prometheus.WaitUntilAsync(async () => await _prometheus.ScalarAsync(Samples) >= before + 5);
    }

    public async Task DisposeAsync()
    {
        if (_prometheus is not null)
        {
            await _prometheus.DisposeAsync();
        }

        if (_metrics is not null)
        {
            await _metrics.DisposeAsync();
        }

        _directory.Dispose();
    }

    // The text exposition the collector serves: one counter per series, all-time totals.
    private static string Exposition(int scale)
    {
        var text = new StringBuilder();
        text.Append("# TYPE dotnet_popcon_package_used_total counter\n");
        foreach (var group in Processes.SelectMany(p => p).GroupBy(p => p))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"dotnet_popcon_package_used_total{{package=\"{group.Key.Package}\",version=\"{group.Key.Version}\"}} {group.Count() * scale}\n");
        }

        text.Append("# TYPE dotnet_popcon_runtime_used_total counter\n");
        text.Append(CultureInfo.InvariantCulture,
            $"dotnet_popcon_runtime_used_total{{runtime=\"microsoft.netcore.app\",version=\"10.0.12\"}} {Processes.Length * scale}\n");
        text.Append("# TYPE dotnet_popcon_reports_total counter\n");
        text.Append(CultureInfo.InvariantCulture, $"dotnet_popcon_reports_total {Processes.Length * scale}\n");
        return text.ToString();
    }
}
