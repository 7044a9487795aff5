using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Ingest;

public sealed class WhenLinesArriveOverTcp
{
    [Fact]
    public async Task Newline_separated_lines_are_counted_including_a_last_line_without_newline()
    {
        await using var collector = await RunningCollector.StartAsync();

        await collector.SendTcpAsync("a:1|c\nb:2|c\r\na:3|c");
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 3);

        Assert.Equal(4, MetricsText.Value(metrics, "a"));
        Assert.Equal(2, MetricsText.Value(metrics, "b"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_tcp_connections_total"));
    }

    [Fact]
    public async Task A_line_split_across_writes_is_joined()
    {
        await using var collector = await RunningCollector.StartAsync();
        using var client = await collector.ConnectTcpAsync();
        var stream = client.GetStream();

        await stream.WriteAsync("dotnet_popcon.package_used_total:1|c|#pack"u8.ToArray());
        await stream.FlushAsync();
        await Task.Delay(50);
        await stream.WriteAsync("age:x,version:1.0.0\n"u8.ToArray());
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 1);

        Assert.Equal(1, MetricsText.Value(metrics, "dotnet_popcon_package_used_total{package=\"x\",version=\"1.0.0\"}"));
    }

    [Fact]
    public async Task Many_connections_at_once_are_all_served()
    {
        await using var collector = await RunningCollector.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            collector.SendTcpAsync(string.Concat(Enumerable.Repeat($"c:1|c|#conn:{i % 5}\n", 20)))));
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 1000);

        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(200, MetricsText.Value(metrics, $"c{{conn=\"{i}\"}}")));
    }

    [Fact]
    public async Task More_short_connections_than_the_connection_limit_are_all_served_one_after_another()
    {
        await using var collector = await RunningCollector.StartAsync();

        for (var i = 0; i < 1_500; i++)
        {
            await collector.SendTcpAsync("short:1|c\n");
        }

        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 1_500);
        Assert.Equal(1_500, MetricsText.Value(metrics, "short"));
        Assert.Equal(0, MetricsText.Value(metrics, "popcon_collector_tcp_connections_refused_total"));
    }

    [Fact]
    public async Task A_long_complete_line_is_rejected_and_the_next_line_kept()
    {
        await using var collector = await RunningCollector.StartAsync(o => o.MaxLineLength = 100);

        await collector.SendTcpAsync("a:1|c|#k:" + new string('v', 200) + "\nb:1|c\n");
        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", 2);

        Assert.Equal(1, MetricsText.Value(metrics, "b"));
        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_lines_rejected_total{reason=\"line_too_long\"}"));
    }
}
