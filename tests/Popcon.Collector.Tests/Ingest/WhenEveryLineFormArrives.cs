using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Ingest;

public sealed class WhenEveryLineFormArrives
{
    private static readonly string[] Lines =
    [
        "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
        "dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c",
        "python_popcon.namespace.web.library_used.zope.interface:1|c",
        "rated.hits:1|c|@0.25",
        "multi:1|c:2|c|@0.5:7|g",
        "influx,host=web1,env=prod:1|c",
        "librato#host=web1:2|c",
        "signalfx[host=web1].requests:3|c",
        "escaped-name.with/slash:1|c|#odd key:say \"hi\" \\o/,unicode:caf\u00e9",
        "ignored:1|ms",
        "rejected",
    ];

    [Fact]
    public async Task The_database_and_metrics_hold_the_golden_series()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var collector = await RunningCollector.StartAsync(databasePath: database);

        await collector.SendUdpAsync(Lines);
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", Lines.Length);
        await collector.DisposeAsync();

        Assert.Equal(
            [
                ("dotnet_popcon_package_used_total", """{"package":"newtonsoft.json","version":"13.0.4"}""", 2.0),
                ("escaped_name_with_slash", """{"odd_key":"say \"hi\" \\o/","unicode":"café"}""", 1.0),
                ("influx", """{"env":"prod","host":"web1"}""", 1.0),
                ("librato", """{"host":"web1"}""", 2.0),
                ("multi", "{}", 5.0),
                ("python_popcon_library_used", """{"library":"zope.interface","namespace":"web"}""", 1.0),
                ("rated_hits", "{}", 4.0),
                ("signalfx_requests", """{"host":"web1"}""", 3.0),
            ],
            StoreReader.Series(database));
        Assert.Equal(
            """
            dotnet_popcon_package_used_total{package="newtonsoft.json",version="13.0.4"} 2
            escaped_name_with_slash{odd_key="say \"hi\" \\o/",unicode="café"} 1
            influx{env="prod",host="web1"} 1
            librato{host="web1"} 2
            multi 5
            python_popcon_library_used{library="zope.interface",namespace="web"} 1
            rated_hits 4
            signalfx_requests{host="web1"} 3
            """,
            string.Join('\n', MetricsText.StoredSeries(metrics).Split('\n').Where(l => l.Length > 0 && l[0] != '#')));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_samples_ignored_total{type=\"timer\"}"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_samples_ignored_total{type=\"gauge\"}"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_lines_rejected_total{reason=\"malformed_line\"}"));
    }
}
