using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Ingest;

/// <summary>Measures the whole heap, so it runs alone: other tests' live objects would count.</summary>
[Collection(HeapMeasurement.Name)]
public sealed class WhenATcpSenderNeverEndsItsLine
{
    [Fact]
    public async Task A_sender_that_never_ends_its_line_is_cut_off_and_memory_stays_flat()
    {
        await using var collector = await RunningCollector.StartAsync(o => o.MaxLineLength = 1024);
        using var client = await collector.ConnectTcpAsync();
        var stream = client.GetStream();
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 400; i++)
        {
            await stream.WriteAsync(chunk);
        }

        await stream.WriteAsync("\ngood:1|c\n"u8.ToArray());
        var metrics = await collector.WaitForMetricAsync("good", 1);
        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.Equal(1, MetricsText.Value(metrics, "popcon_collector_lines_rejected_total{reason=\"line_too_long\"}"));
        Assert.True(grown < 8 * 1024 * 1024, $"25 MB without a newline grew the heap by {grown} bytes");
    }
}
