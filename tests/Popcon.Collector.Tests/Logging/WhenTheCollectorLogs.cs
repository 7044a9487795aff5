using Microsoft.Extensions.Logging;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Logging;

public sealed class WhenTheCollectorLogs
{
    [Fact]
    public async Task Startup_names_the_addresses_the_database_and_the_mapping_and_traffic_logs_nothing()
    {
        using var directory = new TempDirectory();
        var mappingFile = directory.File("mapping.yml");
        await File.WriteAllTextAsync(mappingFile, """
            defaults:
              ttl: 5m
            mappings:
            - match: a.*
              name: a
              observer_type: histogram
            - match: b.*
              name: b
              buckets: [1]
            """);
        var provider = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.MappingFile = mappingFile;

        await using (var host = await CollectorHost.StartAsync(options, factory, CancellationToken.None))
        {
            using var http = new HttpClient { BaseAddress = host.WebAddress };
            var before = provider.Entries.Count;
            using (var tcp = new System.Net.Sockets.TcpClient())
            {
                await tcp.ConnectAsync(host.TcpEndPoint!);
                for (var i = 0; i < 200; i++)
                {
                    await tcp.GetStream().WriteAsync("a.x:1|c\nbad line\n"u8.ToArray());
                }
            }

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (MetricsText.Value(await http.GetStringAsync("/metrics"), "popcon_collector_lines_total") < 400)
            {
                Assert.True(DateTime.UtcNow < deadline, "the lines never arrived");
                await Task.Delay(20);
            }

            Assert.Equal(before, provider.Entries.Count(e => e.Category.StartsWith("Popcon", StringComparison.Ordinal)));

            var messages = provider.Entries.Select(e => e.Message).ToList();
            Assert.Contains(messages, m => m.Contains($"statsd UDP {host.UdpEndPoint}", StringComparison.Ordinal)
                && m.Contains($"statsd TCP {host.TcpEndPoint}", StringComparison.Ordinal)
                && m.Contains($"web {host.WebAddress}", StringComparison.Ordinal));
            Assert.Contains(messages, m => m.Contains(host.DatabasePath, StringComparison.Ordinal)
                && m.Contains($"2 rules from {mappingFile}", StringComparison.Ordinal));
            var warning = Assert.Single(provider.Entries, e => e.Level == LogLevel.Warning);
            Assert.Contains("buckets, observer_type, ttl", warning.Message, StringComparison.Ordinal);
        }
    }
}
