using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Store;

public sealed class WhenTheLastWriteFailsAtStop
{
    [Fact]
    public async Task The_stop_message_says_the_pending_counts_are_lost_instead_of_written()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var provider = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider));
        var options = RunningCollector.LoopbackOptions(database);
        var host = await CollectorHost.StartAsync(options, factory, CancellationToken.None);
        using var blocker = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=1");
        blocker.Open();
        using var begin = blocker.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();

        using (var sender = new System.Net.Sockets.UdpClient())
        {
            await sender.SendAsync("lost_total:1|c"u8.ToArray(), host.UdpEndPoint!);
        }

        await WaitForStoredSampleAsync(host);
        await host.StopAsync();

        var last = provider.Entries.Last(e => e.Category == "Popcon.Collector");
        Assert.Equal(LogLevel.Error, last.Level);
        Assert.Contains("last write to " + database + " failed", last.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(provider.Entries, e => e.Message.Contains("counts written", StringComparison.Ordinal));
    }

    private static async Task WaitForStoredSampleAsync(CollectorHost host)
    {
        using var http = new HttpClient { BaseAddress = host.WebAddress };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await http.GetStringAsync("/metrics")).Contains("\nlost_total 1", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the collector never counted the line");
            await Task.Delay(20);
        }
    }
}
