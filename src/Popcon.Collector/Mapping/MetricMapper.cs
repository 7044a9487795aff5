namespace Popcon.Collector.Mapping;

/// <summary>Applies mapping rules to counter names as statsd_exporter does: the first glob rule
/// in file order that matches wins (with glob_disable_ordering, the most specific one, literal
/// parts beating '*' from left to right); only when no glob matches are regex rules tried, in
/// file order. Unmatched names are escaped and keep their tag labels.</summary>
internal sealed class MetricMapper
{
    private const string CounterType = "counter";

    private readonly MappingRule[] _globs;
    private readonly MappingRule[] _regexes;

    private readonly bool _globOrderingDisabled;

    public MetricMapper(IReadOnlyList<MappingRule> rules, string source, bool globOrderingDisabled = false)
    {
        _globOrderingDisabled = globOrderingDisabled;
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

            return Apply(rule, tagLabels, t => Templates.ExpandRegex(t, match, rule.GroupNumbers));
        }

        return new MapOutcome(false, NameEscaper.Escape(statsdName), tagLabels, null, 1);
    }

    private static bool TypeMatches(MappingRule rule) =>
        rule.MatchMetricType is null || rule.MatchMetricType == CounterType;

    private static MapOutcome Apply(
        MappingRule rule, Dictionary<string, string> tagLabels, Func<string, string> expand)
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
        MappingRule? best = null;
        foreach (var rule in _globs)
        {
            if (!TypeMatches(rule) || !GlobMatches(rule.GlobParts, parts))
            {
                continue;
            }

            if (!_globOrderingDisabled)
            {
                best = rule;
                break;
            }

            if (best is null || MoreSpecific(rule.GlobParts, best.GlobParts))
            {
                best = rule;
            }
        }

        if (best is null)
        {
            return null;
        }

        var captures = parts.Where((_, i) => best.GlobParts[i] == "*").ToArray();
        return Apply(best, tagLabels, t => Templates.ExpandGlob(t, captures));
    }

    private static bool GlobMatches(string[] glob, string[] parts)
    {
        if (glob.Length != parts.Length)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (glob[i] != "*" && !string.Equals(glob[i], parts[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // the first part where one has a literal and the other '*' decides
    private static bool MoreSpecific(string[] candidate, string[] current)
    {
        for (var i = 0; i < candidate.Length; i++)
        {
            var candidateStar = candidate[i] == "*";
            if (candidateStar != (current[i] == "*"))
            {
                return !candidateStar;
            }
        }

        return false;
    }
}
