using Microsoft.Data.Sqlite;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Store;

public sealed class WhenTheDatabaseIsLockedByAnotherWriter
{
    [Fact]
    public async Task Failed_flushes_keep_the_counts_and_write_them_once_the_lock_is_gone()
    {
        using var directory = new TempDirectory();
        var database = directory.File("popcon.db");
        var collector = await RunningCollector.StartAsync(databasePath: database);
        await collector.SendUdpAsync("locked_total:1|c");
        await collector.WaitForMetricAsync("popcon_collector_flushes_total", 1);

        using (var blocker = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=1"))
        {
            blocker.Open();
            using var begin = blocker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();

            await collector.SendUdpAsync("locked_total:1|c", "locked_total:1|c");
            var during = await collector.WaitForMetricAsync("popcon_collector_flush_errors_total", 1);
            Assert.Equal(3, MetricsText.Value(during, "locked_total"));

            using var rollback = blocker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        var flushes = MetricsText.Value(await collector.GetAsync("/metrics"), "popcon_collector_flushes_total");
        await collector.WaitForMetricAsync("popcon_collector_flushes_total", flushes + 1);
        Assert.Equal([("locked_total", "{}", 3.0)], StoreReader.Series(database));
        await collector.DisposeAsync();
        Assert.Equal([("locked_total", "{}", 3.0)], StoreReader.Series(database));
    }
}
