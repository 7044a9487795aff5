using Popcon.Collector.Metrics;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Fuzz;

public sealed class WhenDatagramsAreRandomOrMutated
{
    [Fact]
    public void A_million_datagrams_leave_no_line_unaccounted_and_series_within_the_limit()
    {
        var collector = new InProcessCollector(configure: o => o.MaxSeries = 5_000);
        var fuzzer = new DatagramFuzzer(seed: 20261204);
        var m = collector.Metrics;

        for (var i = 0; i < 1_000_000; i++)
        {
            var datagram = fuzzer.Next();
            var (lines, samples, outcomes) = (m.Lines.Value, m.Samples.Value, Outcomes(m));

            collector.SendBytes(datagram);

            var newLines = m.Lines.Value - lines;
            var newOutcomes = Outcomes(m) - outcomes;
            Assert.Equal(DatagramFuzzer.CountLines(datagram), newLines);
            Assert.True(
                newOutcomes >= newLines && newOutcomes >= m.Samples.Value - samples,
                $"datagram {i} lost a line: {Convert.ToHexString(datagram)}");
        }

        Assert.Equal(1_000_000, m.UdpPackets.Value);
        Assert.True(collector.Table.Count <= 5_000);
        Assert.True(m.RejectedTotal > 100_000, "the fuzzer should produce many bad lines");
        Assert.True(m.CountersStored.Value > 100_000, "the fuzzer should keep many good lines");
    }

    [Fact]
    public async Task Real_sockets_survive_a_flood_of_bad_datagrams_and_keep_serving()
    {
        await using var collector = await RunningCollector.StartAsync(o => o.MaxSeries = 2_000);
        var fuzzer = new DatagramFuzzer(seed: 7);
        var tcpText = new System.Text.StringBuilder();
        long tcpLines = 0;
        await collector.SendUdpAsync("sentinel_total:1|c");
        await collector.WaitForMetricAsync("sentinel_total", 1);

        for (var i = 0; i < 20_000; i++)
        {
            var datagram = fuzzer.Next();
            await collector.SendUdpBytesAsync(datagram);
            if (i % 500 == 0)
            {
                await Task.Delay(5); // let a small kernel receive buffer drain
            }
        }

        using (var tcp = await collector.ConnectTcpAsync())
        {
            for (var i = 0; i < 5_000; i++)
            {
                var datagram = fuzzer.Next();
                tcpLines += DatagramFuzzer.CountLines(datagram);
                await tcp.GetStream().WriteAsync(datagram.Append((byte)'\n').ToArray());
            }
        }

        // UDP may drop under a flood, so the sentinel is resent until one arrives
        var metrics = "";
        for (var attempt = 0; attempt < 150 && MetricsText.Value(metrics, "sentinel_total") < 2; attempt++)
        {
            await collector.SendUdpAsync("sentinel_total:1|c");
            await Task.Delay(200);
            metrics = await collector.GetAsync("/metrics");
        }

        Assert.True(MetricsText.Value(metrics, "sentinel_total") >= 2, "UDP ingest stopped after the flood");

        var lines = MetricsText.Value(metrics, "popcon_collector_lines_total");
        Assert.True(lines >= tcpLines + 2, $"{lines} lines counted, at least {tcpLines + 2} expected");
        Assert.True(MetricsText.Value(metrics, "popcon_collector_series") <= 2_000);
        Assert.Equal("OK\n", await collector.GetAsync("/-/healthy"));
        if (Promtool.Path is not null)
        {
            var (exitCode, output) = await Promtool.CheckMetricsAsync(metrics);
            Assert.True(exitCode is 0 or 3, $"promtool could not parse /metrics after the flood: {output}");
            Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static long Outcomes(SelfMetrics m) =>
        m.RejectedTotal + m.Ignored.Sum(c => c.Value) + m.CountersStored.Value + m.Dropped.Sum(c => c.Value)
        + m.MappingDrops.Value;
}
