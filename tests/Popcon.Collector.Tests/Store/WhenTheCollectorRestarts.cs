using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Store;

public sealed class WhenTheCollectorRestarts
{
    [Fact]
    public async Task Totals_continue_from_the_stored_values()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        await using (var first = await RunningCollector.StartAsync(databasePath: database))
        {
            await first.SendUdpAsync("dotnet_popcon.reports:1|c", "dotnet_popcon.reports:1|c");
            await first.WaitForMetricAsync("popcon_collector_lines_total", 2);
        }

        await using var second = await RunningCollector.StartAsync(databasePath: database);
        var before = await second.GetAsync("/metrics");
        await second.SendUdpAsync("dotnet_popcon.reports:1|c");
        var after = await second.WaitForMetricAsync("popcon_collector_lines_total", 1);

        Assert.Equal(2, MetricsText.Value(before, "dotnet_popcon_reports_total"));
        Assert.Equal(3, MetricsText.Value(after, "dotnet_popcon_reports_total"));
        await second.DisposeAsync();
        Assert.Equal([("dotnet_popcon_reports_total", "{}", 3.0)], StoreReader.Series(database));
        Assert.Equal(3.0, StoreReader.Daily(database).Single().Value);
    }

    [Fact]
    public async Task Stored_label_values_with_quotes_backslashes_and_newlines_are_escaped_on_metrics()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        await using (var first = await RunningCollector.StartAsync(databasePath: database))
        {
            await first.SendUdpAsync("x:1|c|#k:v");
            await first.WaitForMetricAsync("popcon_collector_lines_total", 1);
        }

        Execute(database, """UPDATE series SET labels = '{"k":"a\"b\\c\nd"}'""");
        await using var second = await RunningCollector.StartAsync(databasePath: database);
        var metrics = await second.GetAsync("/metrics");

        Assert.Contains("x{k=\"a\\\"b\\\\c\\nd\"} 1\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_infinite_total_is_read_as_the_largest_finite_count_so_the_api_answers()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        await using (var first = await RunningCollector.StartAsync(databasePath: database))
        {
            await first.SendUdpAsync("x:1|c");
            await first.WaitForMetricAsync("popcon_collector_lines_total", 1);
        }

        Execute(database, "UPDATE series SET total = 9e999");
        await using var second = await RunningCollector.StartAsync(databasePath: database);
        using var response = await second.GetResponseAsync("/api/series");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(
            double.MaxValue,
            document.RootElement.GetProperty("series")[0].GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task Increments_are_kept_per_utc_day()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero));
        var options = RunningCollector.LoopbackOptions(database);
        await using (var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, clock, default))
        {
            using var sender = new System.Net.Sockets.UdpClient();
            await sender.SendAsync("a:2|c"u8.ToArray(), host.UdpEndPoint!);
            await WaitForLinesAsync(host, 1);
            clock.Set(new DateTimeOffset(2026, 3, 2, 0, 1, 0, TimeSpan.Zero));
            await sender.SendAsync("a:5|c"u8.ToArray(), host.UdpEndPoint!);
            await WaitForLinesAsync(host, 2);
        }

        Assert.Equal(
            [("a", "{}", "2026-03-01", 2.0), ("a", "{}", "2026-03-02", 5.0)],
            StoreReader.Daily(database));
        Assert.Equal("2026-03-01|2026-03-02", StoreReader.Scalar(database, "SELECT first_day || '|' || last_day FROM series"));
    }

    [Fact]
    public async Task Retention_prunes_old_daily_rows_but_keeps_totals()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var options = RunningCollector.LoopbackOptions(database);
        await using (var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, clock, default))
        {
            using var sender = new System.Net.Sockets.UdpClient();
            await sender.SendAsync("a:2|c"u8.ToArray(), host.UdpEndPoint!);
            await WaitForLinesAsync(host, 1);
        }

        clock.Set(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        options.RetentionDays = 7;
        await using (var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, clock, default))
        {
            using var sender = new System.Net.Sockets.UdpClient();
            await sender.SendAsync("a:3|c"u8.ToArray(), host.UdpEndPoint!);
            await WaitForLinesAsync(host, 1);
        }

        Assert.Equal([("a", "{}", "2026-03-10", 3.0)], StoreReader.Daily(database));
        Assert.Equal([("a", "{}", 5.0)], StoreReader.Series(database));
    }

    private static async Task WaitForLinesAsync(CollectorHost host, int lines)
    {
        using var http = new HttpClient { BaseAddress = host.WebAddress };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (MetricsText.Value(await http.GetStringAsync("/metrics"), "popcon_collector_lines_total") < lines)
        {
            Assert.True(DateTime.UtcNow < deadline, "the collector never counted the lines");
            await Task.Delay(20);
        }
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
