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
        "observer_type", "timer_type", "ttl", "summary_options", "histogram_options",
        "buckets", "quantiles",
    };

    public static MetricMapper Load(string path, ILogger logger)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            // Reading a folder fails with "access denied", which points the user the wrong way.
            throw new CollectorStartupException(
                $"The mapping file {full} is a folder: pass {OptionNames.MappingFile} the YAML file itself.");
        }

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
        MetricMapper mapper;
        try
        {
            mapper = Parse(text, ignored, full);
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

        return mapper;
    }

    /// <summary>Parses mapping YAML text; throws <see cref="MappingFileError"/> or
    /// <see cref="YamlException"/>.</summary>
    public static MetricMapper Parse(string text, ISet<string> ignoredKeys, string source)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new MetricMapper([], source);
        }

        var root = YamlNodes.Mapping(stream.Documents[0].RootNode, "the file");
        var defaults = new MappingDefaults(false, false);
        YamlNode? mappings = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (YamlNodes.Key(keyNode))
            {
                case "defaults": defaults = ReadDefaults(value, ignoredKeys); break;
                case "mappings": mappings = value; break;
                case var key:
                    throw new MappingFileError(
                        keyNode.Start.Line, $"'{key}' is not a top-level key: use defaults or mappings");
            }
        }

        if (mappings is null or YamlScalarNode { Value: null or "" })
        {
            return new MetricMapper([], source, defaults.GlobDisableOrdering);
        }

        List<MappingRule> rules = [.. YamlNodes.Sequence(mappings, "'mappings'").Children
            .Select(node => MappingRuleReader.Read(node, defaults.Regex, ignoredKeys))];
        return new MetricMapper(rules, source, defaults.GlobDisableOrdering);
    }

    // defaults: match_type and glob_disable_ordering; the rest shapes other metric types
    private static MappingDefaults ReadDefaults(YamlNode node, ISet<string> ignoredKeys)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new MappingDefaults(false, false);
        }

        var regex = false;
        var disableOrdering = false;
        foreach (var (keyNode, value) in YamlNodes.Mapping(node, "'defaults'").Children)
        {
            var key = YamlNodes.Key(keyNode);
            if (key == "match_type")
            {
                regex = YamlNodes.Text(value, key) switch
                {
                    "" or "glob" => false,
                    "regex" => true,
                    var other => throw new MappingFileError(
                        value.Start.Line, $"'match_type: {other}' is unknown: use glob or regex"),
                };
            }
            else if (key == "glob_disable_ordering")
            {
                disableOrdering = YamlNodes.Boolean(value, key);
            }
            else if (IgnoredDefaults.Contains(key))
            {
                ignoredKeys.Add(key);
            }
            else
            {
                throw new MappingFileError(
                    keyNode.Start.Line, $"'{key}' is not a defaults key: use match_type or glob_disable_ordering");
            }
        }

        return new MappingDefaults(regex, disableOrdering);
    }

    private static string Inner(YamlException ex) =>
        (ex.InnerException?.Message ?? ex.Message)
            .TrimEnd('.')
            .Replace(Environment.NewLine, " ", StringComparison.Ordinal);
}
