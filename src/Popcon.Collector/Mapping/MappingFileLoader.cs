using Microsoft.Extensions.Logging;

namespace Popcon.Collector.Mapping;

/// <summary>Reads a statsd_exporter mapping YAML file into a validated mapper.</summary>
internal static class MappingFileLoader
{
    public static MetricMapper Load(string path, ILogger logger)
    {
        _ = logger;
        throw new CollectorStartupException(
            $"Mapping files are not read by this build ({path}): leave out {OptionNames.MappingFile} to use the built-in mappings.");
    }
}
