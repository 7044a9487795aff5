using System.Text.Json;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Http;

public sealed class WhenTheApiIsAsked
{
    [Fact]
    public async Task Series_come_as_json_sorted_with_labels_totals_and_days()
    {
        await using var collector = await RunningCollector.StartAsync();
        await collector.SendUdpAsync(
            "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
            "dotnet_popcon.reports_total:1|c",
            "dotnet_popcon.package_used.a\"b/1.0:1|c");
        await collector.WaitForMetricAsync("popcon_collector_lines_total", 3);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var json = await collector.GetAsync("/api/series");

        Assert.Equal(
            "{\"count\":3,\"series\":["
            + "{\"name\":\"dotnet_popcon_package_used_total\",\"labels\":{\"package\":\"a\\u0022b\",\"version\":\"1.0\"},"
            + $"\"total\":1,\"firstDay\":\"{today}\",\"lastDay\":\"{today}\"}},"
            + "{\"name\":\"dotnet_popcon_package_used_total\",\"labels\":{\"package\":\"newtonsoft.json\",\"version\":\"13.0.4\"},"
            + $"\"total\":1,\"firstDay\":\"{today}\",\"lastDay\":\"{today}\"}},"
            + "{\"name\":\"dotnet_popcon_reports_total\",\"labels\":{},"
            + $"\"total\":1,\"firstDay\":\"{today}\",\"lastDay\":\"{today}\"}}]}}",
            json);
    }

    [Fact]
    public async Task A_name_filter_returns_only_that_metric()
    {
        await using var collector = await RunningCollector.StartAsync();
        await collector.SendUdpAsync("a:1|c", "b:1|c|#k:v", "b:2|c");
        await collector.WaitForMetricAsync("popcon_collector_lines_total", 3);

        using var doc = JsonDocument.Parse(await collector.GetAsync("/api/series?name=b"));

        Assert.Equal(2, doc.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(
            [2.0, 1.0],
            doc.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("total").GetDouble()));
    }
}
