using Microsoft.Extensions.Logging;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Popcon.Collector.Mapping;

/// <summary>Reads a statsd_exporter mapping YAML file (<c>defaults:</c> and <c>mappings:</c>)
/// into a mapper, refusing it with file, line and fix when anything is wrong.</summary>
internal static class MappingFileLoader
{
    private static readonly HashSet<string> IgnoredDefaults = new(StringComparer.Ordinal)
    {
        "observer_type", "timer_type", "glob_disable_ordering", "ttl", "summary_options", "histogram_options",
        "buckets", "quantiles",
    };

    public static MetricMapper Load(string path, ILogger logger)
    {
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CollectorStartupException(
                $"The mapping file {full} cannot be read ({ex.Message.TrimEnd('.')}): check the path given to "
                + $"{OptionNames.MappingFile}.", ex);
        }

        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        List<MappingRule> rules;
        try
        {
            rules = Parse(text, ignored);
        }
        catch (MappingFileError ex)
        {
            throw new CollectorStartupException($"The mapping file {full} line {ex.Line}: {ex.Message}.", ex);
        }
        catch (YamlException ex)
        {
            throw new CollectorStartupException(
                $"The mapping file {full} line {ex.Start.Line}: it is not valid YAML ({Inner(ex)}): fix the "
                + "indentation or quoting there.", ex);
        }

        if (ignored.Count > 0)
        {
            Log.MappingWarning(logger, full,
                $"the keys {string.Join(", ", ignored)} concern only gauges, timers, histograms or summaries, "
                + "which popcon does not store; they are ignored.");
        }

        return new MetricMapper(rules, full);
    }

    /// <summary>Parses mapping YAML text; throws <see cref="MappingFileError"/> or <see cref="YamlException"/>.</summary>
    public static List<MappingRule> Parse(string text, ISet<string> ignoredKeys)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = YamlNodes.Mapping(stream.Documents[0].RootNode, "the file");
        var defaultRegex = false;
        YamlNode? mappings = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (YamlNodes.Key(keyNode))
            {
                case "defaults": defaultRegex = ReadDefaults(value, ignoredKeys); break;
                case "mappings": mappings = value; break;
                case var key:
                    throw new MappingFileError(keyNode.Start.Line, $"'{key}' is not a top-level key: use defaults or mappings");
            }
        }

        if (mappings is null or YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        return [.. YamlNodes.Sequence(mappings, "'mappings'").Children
            .Select(node => MappingRuleReader.Read(node, defaultRegex, ignoredKeys))];
    }

    // defaults: match_type decides between glob and regex; the rest shapes other metric types
    private static bool ReadDefaults(YamlNode node, ISet<string> ignoredKeys)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return false;
        }

        var regex = false;
        foreach (var (keyNode, value) in YamlNodes.Mapping(node, "'defaults'").Children)
        {
            var key = YamlNodes.Key(keyNode);
            if (key == "match_type")
            {
                regex = YamlNodes.Text(value, key) switch
                {
                    "" or "glob" => false,
                    "regex" => true,
                    var other => throw new MappingFileError(value.Start.Line, $"'match_type: {other}' is unknown: use glob or regex"),
                };
            }
            else if (IgnoredDefaults.Contains(key))
            {
                ignoredKeys.Add(key);
            }
            else
            {
                throw new MappingFileError(keyNode.Start.Line, $"'{key}' is not a defaults key: use match_type");
            }
        }

        return regex;
    }

    private static string Inner(YamlException ex) =>
        (ex.InnerException?.Message ?? ex.Message).TrimEnd('.').Replace(Environment.NewLine, " ", StringComparison.Ordinal);
}
