namespace Popcon.Collector.Mapping;

/// <summary>Applies mapping rules to counter names as statsd_exporter does: the first glob rule
/// in file order that matches wins; only when no glob matches are regex rules tried, in file
/// order. Unmatched names are escaped and keep their tag labels.</summary>
internal sealed class MetricMapper
{
    private const string CounterType = "counter";

    private readonly MappingRule[] _globs;
    private readonly MappingRule[] _regexes;

    public MetricMapper(IReadOnlyList<MappingRule> rules, string source)
    {
        _globs = [.. rules.Where(r => !r.IsRegex)];
        _regexes = [.. rules.Where(r => r.IsRegex)];
        Source = source;
        Count = rules.Count;
    }

    /// <summary>Where the rules came from: a file path or "built-in".</summary>
    public string Source { get; }

    public int Count { get; }

    public MapOutcome Map(string statsdName, Dictionary<string, string> tagLabels)
    {
        if (_globs.Length > 0 && MapGlob(statsdName, tagLabels) is { } globbed)
        {
            return globbed;
        }

        foreach (var rule in _regexes)
        {
            var match = rule.Regex!.Match(statsdName);
            if (!match.Success || !TypeMatches(rule))
            {
                continue;
            }

            return Apply(rule, tagLabels, t => Templates.ExpandRegex(t, match));
        }

        return new MapOutcome(false, NameEscaper.Escape(statsdName), tagLabels, null, 1);
    }

    private static bool TypeMatches(MappingRule rule) =>
        rule.MatchMetricType is null || rule.MatchMetricType == CounterType;

    private static MapOutcome Apply(MappingRule rule, Dictionary<string, string> tagLabels, Func<string, string> expand)
    {
        if (rule.Drop)
        {
            return MapOutcome.Dropped;
        }

        var labels = new Dictionary<string, string>(tagLabels, StringComparer.Ordinal);
        foreach (var (key, template) in rule.Labels)
        {
            if (rule.HonorLabels && tagLabels.ContainsKey(key))
            {
                continue;
            }

            labels[key] = expand(template);
        }

        return new MapOutcome(false, NameEscaper.Escape(expand(rule.Name)), labels, rule.Help, rule.Scale ?? 1);
    }

    private MapOutcome? MapGlob(string statsdName, Dictionary<string, string> tagLabels)
    {
        var parts = statsdName.Split('.');
        var captures = new List<string>();
        foreach (var rule in _globs)
        {
            if (!TypeMatches(rule) || rule.GlobParts.Length != parts.Length)
            {
                continue;
            }

            captures.Clear();
            var matched = true;
            for (var i = 0; i < parts.Length && matched; i++)
            {
                if (rule.GlobParts[i] == "*")
                {
                    captures.Add(parts[i]);
                }
                else
                {
                    matched = string.Equals(rule.GlobParts[i], parts[i], StringComparison.Ordinal);
                }
            }

            if (matched)
            {
                return Apply(rule, tagLabels, t => Templates.ExpandGlob(t, captures));
            }
        }

        return null;
    }
}
