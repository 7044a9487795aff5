using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Popcon.Cli.Tests.Fixtures;
using Popcon.Collector;

namespace Popcon.Cli.Tests.Reports;

/// <summary>
/// The fleet path end to end: statsd lines in the reporter's shape reach a real collector over
/// UDP, a real Prometheus scrapes the collector's /metrics, and <c>popcon report --prometheus</c>
/// gives the same answer as <c>popcon report --db</c> on the collector's own store.
/// </summary>
public sealed class WhenPrometheusScrapesARealCollector
{
    private static readonly string[] Processes =
    [
        "package:newtonsoft.json,version:13.0.4",
        "package:newtonsoft.json,version:13.0.4|package:yamldotnet,version:16.3.0",
        "package:humanizer.core,version:3.0.10",
    ];

    [Fact]
    public async Task The_report_from_prometheus_equals_the_report_from_the_store()
    {
        using var directory = new TempDirectory();
        var options = new CollectorOptions
        {
            StatsdUdp = "127.0.0.1:0",
            StatsdTcp = "",
            Web = "127.0.0.1:0",
            DatabasePath = directory.File("popcon.db"),
            FlushInterval = TimeSpan.FromMilliseconds(200),
        };
        await using var collector = await CollectorHost.StartAsync(
            options, NullLoggerFactory.Instance, CancellationToken.None);
        using var udp = new UdpClient();

        // Every series first at zero, so Prometheus' increase() sees each later increment whole.
        await SendAsync(udp, collector.UdpEndPoint!, scale: 0);
        await using var prometheus = await PrometheusServer.StartAsync(collector.WebAddress!);
        const string Samples = "count_over_time(dotnet_popcon_reports_total[10m])";
        await prometheus.WaitUntilAsync(async () => await prometheus.ScalarAsync(Samples) >= 5);

        await SendAsync(udp, collector.UdpEndPoint!, scale: 1);
        await prometheus.WaitUntilAsync(async () =>
            await prometheus.ScalarAsync("max(dotnet_popcon_reports_total)") >= Processes.Length);
        var before = await prometheus.ScalarAsync(Samples);
        await prometheus.WaitUntilAsync(async () => await prometheus.ScalarAsync(Samples) >= before + 3);
        await collector.StopAsync();

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string[] common = ["report", "--until", today, "--days", "1", "--format", "json"];
        var fromPrometheus = await PopconCli.RunAsync([.. common, "--prometheus", prometheus.BaseUri.ToString()]);
        var fromStore = await PopconCli.RunAsync([.. common, "--db", options.DatabasePath]);

        Assert.True(fromPrometheus.ExitCode == 0, fromPrometheus.ToString());
        Assert.Equal(fromStore.Stdout, fromPrometheus.Stdout);
        Assert.Contains("{\"package\":\"newtonsoft.json\",\"processes\":2,", fromStore.Stdout,
            StringComparison.Ordinal);
    }

    // One datagram per process, as the reporter sends it: its packages, runtime and report line.
    private static async Task SendAsync(UdpClient udp, IPEndPoint collector, int scale)
    {
        foreach (var process in Processes)
        {
            var lines = new StringBuilder();
            foreach (var tags in process.Split('|'))
            {
                lines.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"dotnet_popcon.package_used_total:{scale}|c|#{tags}\n");
            }

            lines.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"dotnet_popcon.runtime_used_total:{scale}|c|#runtime:microsoft.netcore.app,version:10.0.12\n");
            lines.Append(System.Globalization.CultureInfo.InvariantCulture, $"dotnet_popcon.reports_total:{scale}|c");
            var bytes = Encoding.UTF8.GetBytes(lines.ToString());
            await udp.SendAsync(bytes, collector);
        }
    }
}
