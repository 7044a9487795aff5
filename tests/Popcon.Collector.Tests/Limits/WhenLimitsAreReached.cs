using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Limits;

public sealed class WhenLimitsAreReached
{
    [Fact]
    public void Samples_with_more_labels_than_allowed_are_dropped_and_counted()
    {
        var collector = new InProcessCollector(configure: o => o.MaxLabels = 2);

        collector.Send("a:1|c|#x:1,y:2", "a:1|c|#x:1,y:2,z:3");

        Assert.Equal(["a{x=\"1\",y=\"2\"} 1"], collector.Samples());
        Assert.Equal(1, collector.Dropped(Metrics.DropLimit.MaxLabels));
    }

    [Fact]
    public void Samples_with_a_too_long_label_value_are_dropped_and_counted()
    {
        var collector = new InProcessCollector(configure: o => o.MaxLabelValueLength = 5);

        collector.Send("a:1|c|#x:12345", "a:1|c|#x:123456");

        Assert.Equal(["a{x=\"12345\"} 1"], collector.Samples());
        Assert.Equal(1, collector.Dropped(Metrics.DropLimit.MaxLabelValueLength));
    }

    [Fact]
    public void New_series_past_max_series_are_dropped_while_known_ones_keep_counting()
    {
        var collector = new InProcessCollector(configure: o => o.MaxSeries = 3);

        collector.Send("a:1|c", "b:1|c", "c:1|c", "d:1|c", "a:1|c", "e:1|c|#k:v");

        Assert.Equal(["a 2", "b 1", "c 1"], collector.Samples());
        Assert.Equal(2, collector.Dropped(Metrics.DropLimit.MaxSeries));
    }

    [Fact]
    public async Task A_cardinality_attack_stays_within_max_series_in_memory_and_on_disk()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var collector = await RunningCollector.StartAsync(o => o.MaxSeries = 500, databasePath: database);
        const int Attack = 20_000;

        for (var batch = 0; batch < Attack / 200; batch++)
        {
            await collector.SendTcpAsync(string.Concat(Enumerable.Range(batch * 200, 200)
                .Select(i => $"attack.{i}:1|c|#victim:{Guid.NewGuid():N}\n")));
        }

        var metrics = await collector.WaitForMetricAsync("popcon_collector_lines_total", Attack);
        Assert.Equal(500, MetricsText.Value(metrics, "popcon_collector_series"));
        Assert.Equal(Attack - 500, MetricsText.Value(metrics, "popcon_collector_samples_dropped_total{limit=\"max_series\"}"));
        var api = await collector.GetAsync("/api/series");
        Assert.Contains("\"count\":500,", api, StringComparison.Ordinal);
        await collector.DisposeAsync();

        Assert.Equal("500", StoreReader.Scalar(database, "SELECT count(*) FROM series"));
        await using var restarted = await RunningCollector.StartAsync(o => o.MaxSeries = 500, databasePath: database);
        await restarted.SendUdpAsync("one.more:1|c");
        var after = await restarted.WaitForMetricAsync("popcon_collector_lines_total", 1);
        Assert.Equal(500, MetricsText.Value(after, "popcon_collector_series"));
        Assert.Equal(1, MetricsText.Value(after, "popcon_collector_samples_dropped_total{limit=\"max_series\"}"));
    }
}
