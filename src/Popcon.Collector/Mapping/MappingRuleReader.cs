using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Popcon.Collector.Mapping;

/// <summary>Reads and checks one item of <c>mappings:</c> as statsd_exporter would.</summary>
internal static partial class MappingRuleReader
{
    /// <summary>Keys that only shape gauges, timers, histograms or summaries: accepted, unused.</summary>
    public static readonly HashSet<string> NonCounterKeys = new(StringComparer.Ordinal)
    {
        "observer_type", "timer_type", "buckets", "quantiles", "ttl", "summary_options", "histogram_options",
    };

    public static MappingRule Read(YamlNode node, bool defaultRegex, ISet<string> ignoredKeys)
    {
        var map = YamlNodes.Mapping(node, "each item of 'mappings'");
        var line = node.Start.Line;
        string? match = null, name = null, matchType = null, action = null, metricType = null, help = null;
        bool honorLabels = false;
        double? scale = null;
        var labels = new List<KeyValuePair<string, string>>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlNodes.Key(keyNode);
            switch (key)
            {
                case "match": match = YamlNodes.Text(value, key); break;
                case "name": name = YamlNodes.Text(value, key); break;
                case "match_type": matchType = YamlNodes.Text(value, key); break;
                case "action": action = YamlNodes.Text(value, key); break;
                case "match_metric_type": metricType = YamlNodes.Text(value, key); break;
                case "help": help = YamlNodes.Text(value, key); break;
                case "honor_labels": honorLabels = YamlNodes.Boolean(value, key); break;
                case "scale": scale = Scale(value); break;
                case "labels": labels = ReadLabels(value); break;
                case var k when NonCounterKeys.Contains(k): ignoredKeys.Add(k); break;
                default:
                    throw new MappingFileError(keyNode.Start.Line,
                        $"'{key}' is not a mapping key: use match, name, labels, match_type, action, "
                        + "match_metric_type, honor_labels, help or scale");
            }
        }

        if (string.IsNullOrEmpty(match))
        {
            throw new MappingFileError(
                line, "the mapping has no 'match': add the statsd name or pattern it matches");
        }

        var drop = action switch
        {
            null or "" or "map" => false,
            "drop" => true,
            _ => throw new MappingFileError(line, $"'action: {action}' is unknown: use map or drop"),
        };
        var isRegex = matchType switch
        {
            null or "" => defaultRegex,
            "glob" => false,
            "regex" => true,
            _ => throw new MappingFileError(line, $"'match_type: {matchType}' is unknown: use glob or regex"),
        };
        if (metricType is not (null or "" or "counter" or "gauge" or "observer"))
        {
            throw new MappingFileError(
                line, $"'match_metric_type: {metricType}' is unknown: use counter, gauge or observer");
        }

        CheckName(name, drop, line);
        var regex = isRegex ? CompileRegex(match, line) : null;
        return new MappingRule
        {
            Match = match,
            Regex = regex,
            GroupNumbers = regex is null ? [0] : GoRegex.GroupNumbers(match, regex),
            GlobParts = isRegex ? [] : GlobParts(match, line),
            Name = name ?? "",
            Labels = labels,
            HonorLabels = honorLabels,
            Drop = drop,
            MatchMetricType = string.IsNullOrEmpty(metricType) ? null : metricType,
            Help = help,
            Scale = scale,
            Line = (int)line,
        };
    }

    private static double Scale(YamlNode node)
    {
        var scale = YamlNodes.Number(node, "scale");
        return scale > 0
            ? scale
            : throw new MappingFileError(
                node.Start.Line, $"'scale: {scale}' would make counters shrink: use a positive number");
    }

    private static void CheckName(string? name, bool drop, long line)
    {
        if (string.IsNullOrEmpty(name))
        {
            if (!drop)
            {
                throw new MappingFileError(
                    line, "the mapping has no 'name': add the Prometheus metric name to produce");
            }

            return;
        }

        if (!MetricNamePattern().IsMatch(name))
        {
            throw new MappingFileError(line,
                $"'name: {name}' is not a valid metric name: use letters, digits and '_' (not first a digit), "
                + "and $1 or ${1} for captures");
        }
    }

    private static List<KeyValuePair<string, string>> ReadLabels(YamlNode node)
    {
        var labels = new List<KeyValuePair<string, string>>();
        foreach (var (keyNode, value) in YamlNodes.Mapping(node, "'labels'").Children)
        {
            var key = YamlNodes.Key(keyNode);
            if (!LabelNamePattern().IsMatch(key) || key.StartsWith("__", StringComparison.Ordinal))
            {
                throw new MappingFileError(keyNode.Start.Line,
                    $"'{key}' is not a valid label name: use letters, digits and '_', not starting with "
                    + "a digit or '__'");
            }

            labels.Add(new(key, YamlNodes.Text(value, key)));
        }

        return labels;
    }

    private static string[] GlobParts(string match, long line)
    {
        if (!GlobPattern().IsMatch(match))
        {
            throw new MappingFileError(line,
                $"'match: {match}' is not a valid glob: use dot-separated parts of letters, digits, '_' or '-' "
                + "(the first not starting with a digit), each part whole or a single '*', or set "
                + "match_type: regex");
        }

        return match.Split('.');
    }

    private static Regex CompileRegex(string pattern, long line)
    {
        if (PosixClass().IsMatch(pattern))
        {
            // .NET would read [[:digit:]] as a plain character set and match something else
            throw new MappingFileError(line,
                $"'match: {pattern}' uses a POSIX character class, which popcon does not support: write \\d, "
                + "[a-zA-Z] or a similar class instead");
        }

        try
        {
            // linear-time matching, as RE2 in statsd_exporter: no look-arounds or back-references
            return GoRegex.Compile(pattern);
        }
        catch (ArgumentException ex)
        {
            throw new MappingFileError(
                line, $"'match: {pattern}' is not a valid regex ({ex.Message.TrimEnd('.')}): fix the pattern");
        }
        catch (NotSupportedException ex)
        {
            throw new MappingFileError(line,
                $"'match: {pattern}' uses a regex feature RE2 lacks ({ex.Message.TrimEnd('.')}): "
                + "rewrite it without "
                + "look-arounds, back-references or atomic groups");
        }
    }

    [GeneratedRegex(@"^([a-zA-Z_]|\$\{?\d+\}?)([a-zA-Z0-9_]|\$\{?\d+\}?)*$")]
    private static partial Regex MetricNamePattern();

    [GeneratedRegex(@"\[:\^?[a-z]+:\]")]
    private static partial Regex PosixClass();

    [GeneratedRegex(@"^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelNamePattern();

    [GeneratedRegex(@"^(\*|[a-zA-Z_][a-zA-Z0-9_\-]*)(\.\*|\.[a-zA-Z0-9_][a-zA-Z0-9_\-]*)*$")]
    private static partial Regex GlobPattern();
}
