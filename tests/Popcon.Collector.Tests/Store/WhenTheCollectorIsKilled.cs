using System.Net.Sockets;
using System.Text;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Store;

public sealed class WhenTheCollectorIsKilled(CollectorProcessBuild build) : IClassFixture<CollectorProcessBuild>
{
    private const int FlushMilliseconds = 200;
    private const string Series = "killed_total";

    [Fact]
    public async Task Sigkill_mid_ingest_loses_at_most_the_counts_since_the_last_flush_and_never_corrupts()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        long sent = 0;
        double previousTotal = 0;

        for (var round = 0; round < 3; round++)
        {
            using var collector = await CollectorProcess.StartAsync(build.DllPath, database, FlushMilliseconds);
            using var http = new HttpClient { BaseAddress = collector.Web };
            var restored = MetricsText.Value(await http.GetStringAsync("/metrics"), Series);
            Assert.True(
                Math.Max(restored, 0) >= previousTotal,
                $"round {round}: total went back from {previousTotal} to {restored}");

            using var tcp = new TcpClient();
            await tcp.ConnectAsync(collector.Tcp);
            var stream = tcp.GetStream();

            // a batch seen in memory and then followed by a complete flush must survive the kill
            sent += await SendBatchAsync(stream);
            var durable = await WaitUntilInMemoryAsync(http, Math.Max(restored, 0) + 500, database);
            await WaitForFlushesAsync(http, 2);

            // keep sending while the process dies
            using var stop = new CancellationTokenSource();
            var flood = FloodAsync(stream, stop.Token);
            await Task.Delay(FlushMilliseconds * 2);
            await collector.KillAsync();
            await stop.CancelAsync();
            sent += await flood;

            var stored = StoreReader.Series(database).Single(s => s.Name == Series).Total;
            Assert.Equal("ok", StoreReader.Scalar(database, "PRAGMA integrity_check"));
            Assert.True(stored >= durable, $"round {round}: {stored} stored but {durable} were flushed before the kill");
            Assert.True(stored <= sent, $"round {round}: {stored} stored but only {sent} sent");
            Assert.Equal(stored, StoreReader.Daily(database).Where(d => d.Name == Series).Sum(d => d.Value));
            previousTotal = stored;
        }
    }

    private static async Task<long> SendBatchAsync(NetworkStream stream)
    {
        var batch = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Series + ":1|c\n", 500)));
        await stream.WriteAsync(batch);
        return 500;
    }

    private static async Task<long> FloodAsync(NetworkStream stream, CancellationToken stop)
    {
        long sent = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                sent += await SendBatchAsync(stream);
                await Task.Delay(5, CancellationToken.None);
            }
        }
        catch (IOException)
        {
            // the collector died mid-write: what was written may or may not have been read
            sent += 500;
        }

        return sent;
    }

    private static async Task<double> WaitUntilInMemoryAsync(HttpClient http, double expected, string database)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        double total;
        while ((total = MetricsText.Value(await http.GetStringAsync("/metrics"), Series)) < expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{database}: only {total} of {expected} arrived");
            await Task.Delay(10);
        }

        return total;
    }

    private static async Task WaitForFlushesAsync(HttpClient http, int more)
    {
        const string Flushes = "popcon_collector_flushes_total";
        var start = MetricsText.Value(await http.GetStringAsync("/metrics"), Flushes);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (MetricsText.Value(await http.GetStringAsync("/metrics"), Flushes) < start + more)
        {
            Assert.True(DateTime.UtcNow < deadline, "the collector process stopped flushing");
            await Task.Delay(20);
        }
    }
}
