using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Http;

public sealed class WhenPrometheusScrapes
{
    [PromtoolFact]
    public async Task Promtool_finds_no_problem_in_the_metrics_of_dotnet_lines_and_odd_labels()
    {
        await using var collector = await RunningCollector.StartAsync();
        string[] lines =
        [
            "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
            "dotnet_popcon.package_used_total:1|c|#package:my.module,version:1.0.0,source:powershell",
            "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12",
            "dotnet_popcon.reports_total:1|c",
            "dotnet_popcon.package_used.humanizer.core/2.14.1:1|c",
            "odd_total:1|c|#quote:say \"hi\",slash:a\\b,unicode:caf\u00e9 \u2603,curly:{}",
            "odd_total:1|c|#quote:x=\"y\"}",
            "not a metric",
            "gauge_ignored:1|g",
        ];

        await collector.SendUdpAsync(lines);
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", lines.Length);
        var (exitCode, output) = await Promtool.CheckMetricsAsync(metrics);

        Assert.True(exitCode == 0 && output.Length == 0, $"promtool exit {exitCode}: {output}\n{metrics}");
    }

    [PromtoolFact]
    public async Task Promtool_only_lints_the_python_names_the_contract_fixes_without_a_total_suffix()
    {
        await using var collector = await RunningCollector.StartAsync();
        string[] lines =
        [
            "python_popcon.library_used.zope.interface:1|c",
            "python_popcon.namespace.web.library_used.requests:1|c",
            "python_popcon.imported_package.yaml:1|c",
            "python_popcon.reports:1|c",
        ];

        await collector.SendUdpAsync(lines);
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", lines.Length);
        var (exitCode, output) = await Promtool.CheckMetricsAsync(metrics);

        Assert.Equal(3, exitCode);
        Assert.Equal(
            [
                "python_popcon_imported_package counter metrics should have \"_total\" suffix",
                "python_popcon_library_used counter metrics should have \"_total\" suffix",
                "python_popcon_reports counter metrics should have \"_total\" suffix",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_self_metrics_document_every_counter_the_collector_keeps()
    {
        await using var collector = await RunningCollector.StartAsync();

        await collector.SendUdpAsync("a:1|c", "bad", "g:1|g");
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 3);

        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_packets_total"));
        Assert.Equal(2, MetricsText.Value(metrics, "popcon_collector_samples_total"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_samples_stored_total"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_lines_rejected_total{reason=\"malformed_line\"}"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_samples_ignored_total{type=\"gauge\"}"));
        Assert.Equal(0, MetricsText.Value(metrics, "popcon_collector_samples_dropped_total{limit=\"max_series\"}"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_series"));
        Assert.Equal(100_000, MetricsText.Value(metrics, "popcon_collector_max_series"));
        Assert.True(MetricsText.Value(metrics, "popcon_collector_flushes_total") >= 0);
        Assert.Equal(0, MetricsText.Value(metrics, "popcon_collector_flush_errors_total"));
    }
}
