using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Ingest;

public sealed class WhenDotnetLinesArriveOverUdp
{
    private static readonly string[] Lines =
    [
        "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
        "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
        "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12",
        "dotnet_popcon.reports_total:1|c",
        "dotnet_popcon.package_used.humanizer.core/2.14.1:1|c",
        "dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12:1|c",
        "dotnet_popcon.reports:1|c",
    ];

    [Fact]
    public async Task Metrics_lists_each_series_total_as_a_counter()
    {
        await using var collector = await RunningCollector.StartAsync();

        await collector.SendUdpAsync(Lines[..4]);
        await collector.SendUdpAsync(Lines[4..]);
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", Lines.Length);

        const string Help = "Count received over statsd, all-time total.";
        Assert.Equal(
            $$"""
            # HELP dotnet_popcon_package_used_total {{Help}}
            # TYPE dotnet_popcon_package_used_total counter
            dotnet_popcon_package_used_total{package="humanizer.core",version="2.14.1"} 1
            dotnet_popcon_package_used_total{package="newtonsoft.json",version="13.0.4"} 2
            # HELP dotnet_popcon_reports_total {{Help}}
            # TYPE dotnet_popcon_reports_total counter
            dotnet_popcon_reports_total 2
            # HELP dotnet_popcon_runtime_used_total {{Help}}
            # TYPE dotnet_popcon_runtime_used_total counter
            dotnet_popcon_runtime_used_total{runtime="microsoft.netcore.app",version="10.0.12"} 2

            """,
            MetricsText.StoredSeries(metrics));
    }

    [Fact]
    public async Task Metrics_is_served_with_the_prometheus_text_content_type()
    {
        await using var collector = await RunningCollector.StartAsync();

        using var response = await collector.GetResponseAsync("/metrics");

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Stopping_writes_every_count_to_the_database()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var collector = await RunningCollector.StartAsync(
            o => o.FlushInterval = TimeSpan.FromHours(1), databasePath: database);

        await collector.SendUdpAsync(Lines);
        await collector.WaitForMetricAsync("popcon_collector_lines_total", Lines.Length);
        await collector.DisposeAsync();

        Assert.Equal(
            [
                ("dotnet_popcon_package_used_total", """{"package":"humanizer.core","version":"2.14.1"}""", 1.0),
                ("dotnet_popcon_package_used_total", """{"package":"newtonsoft.json","version":"13.0.4"}""", 2.0),
                ("dotnet_popcon_reports_total", "{}", 2.0),
                ("dotnet_popcon_runtime_used_total", """{"runtime":"microsoft.netcore.app","version":"10.0.12"}""", 2.0),
            ],
            StoreReader.Series(database));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(StoreReader.Daily(database), row => Assert.Equal(today, row.Day));
        Assert.Equal(7.0, StoreReader.Daily(database).Sum(row => row.Value));
        Assert.Equal("wal", StoreReader.Scalar(database, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task The_page_and_health_endpoints_answer()
    {
        await using var collector = await RunningCollector.StartAsync();
        await collector.SendUdpAsync("dotnet_popcon.package_used_total:1|c|#package:<b>x</b>,version:1.0.0");
        await collector.WaitForMetricAsync("popcon_collector_samples_stored_total", 1);

        // The page reads the database, which lags ingest by at most one flush interval.
        var page = "";
        for (var attempt = 0; attempt < 100 && !page.Contains("&lt;b&gt;x&lt;/b&gt;", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            page = await collector.GetAsync("/");
        }

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", page, StringComparison.Ordinal);
        Assert.Equal("OK\n", await collector.GetAsync("/-/healthy"));
        Assert.Equal("OK\n", await collector.GetAsync("/-/ready"));
    }
}
