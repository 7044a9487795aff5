using System.Globalization;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Mapping;

/// <summary>A statsd_exporter mapping file read into rules, in file order.</summary>
internal sealed class StatsdMappingFile
{
    /// <summary>The keys statsd_exporter accepts on a rule; it reads the file strictly.</summary>
    public static readonly IReadOnlySet<string> KnownRuleKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "match", "name", "labels", "honor_labels", "observer_type", "match_type", "help",
        "action", "match_metric_type", "ttl", "summary_options", "histogram_options", "scale",
    };

    /// <summary>The top-level keys statsd_exporter accepts.</summary>
    public static readonly IReadOnlySet<string> KnownTopKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "defaults", "mappings",
    };

    private StatsdMappingFile(IReadOnlyCollection<string> topKeys, IReadOnlyList<MappingRule> rules)
    {
        TopKeys = topKeys;
        Rules = rules;
    }

    /// <summary>The top-level keys of the file.</summary>
    public IReadOnlyCollection<string> TopKeys { get; }

    /// <summary>The rules, in the order statsd_exporter tries them.</summary>
    public IReadOnlyList<MappingRule> Rules { get; }

    /// <summary>Reads the mapping file shipped in deploy/statsd_exporter.</summary>
    public static StatsdMappingFile LoadShipped() =>
        Parse(RepoFiles.ReadText("deploy", "statsd_exporter", "mapping.yml"));

    /// <summary>Reads mapping YAML text into rules.</summary>
    public static StatsdMappingFile Parse(string yaml)
    {
        var top = YamlTree.AsMap(YamlTree.Parse(yaml), "mapping file");
        var items = YamlTree.AsList(top.GetValueOrDefault("mappings"), "mappings");
        var rules = items.Select((item, index) => ReadRule(item, index)).ToList();
        return new StatsdMappingFile([.. top.Keys], rules);
    }

    private static MappingRule ReadRule(object? item, int index)
    {
        var map = YamlTree.AsMap(item, $"mappings[{index}]");
        var labels = map.GetValueOrDefault("labels") is null
            ? new Dictionary<string, string>()
            : YamlTree.AsMap(map["labels"], $"mappings[{index}].labels")
                .ToDictionary(l => l.Key, l => Text(l.Value), StringComparer.Ordinal);
        return new MappingRule(
            index,
            Text(map.GetValueOrDefault("match")),
            Text(map.GetValueOrDefault("match_type")),
            Text(map.GetValueOrDefault("name")),
            labels,
            [.. map.Keys]);
    }

    private static string Text(object? value) =>
        Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
