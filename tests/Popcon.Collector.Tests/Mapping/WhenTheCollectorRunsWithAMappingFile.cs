using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Mapping;

public sealed class WhenTheCollectorRunsWithAMappingFile
{
    [Fact]
    public async Task Lines_over_udp_are_mapped_by_the_file_instead_of_the_built_in_rules()
    {
        using var directory = new TempDirectory();
        var mappingFile = directory.File("mapping.yml");
        await File.WriteAllTextAsync(mappingFile, """
            mappings:
            - match: myco.package_used.*
              name: myco_package_used_total
              labels:
                package: $1
            """);
        await using var collector = await RunningCollector.StartAsync(
            o => o.MappingFile = mappingFile, databasePath: directory.File("popcon.db"));

        await collector.SendUdpAsync("myco.package_used.serilog:1|c", "dotnet_popcon.reports:1|c");
        var metrics = await collector.WaitForMetricAsync("popcon_collector_samples_stored_total", 2);

        Assert.Equal(1, MetricsText.Value(metrics, "myco_package_used_total{package=\"serilog\"}"));
        Assert.Equal(1, MetricsText.Value(metrics, "dotnet_popcon_reports"));
    }
}
