using System.Text.RegularExpressions;

namespace Popcon.Deploy.Tests.Mapping;

/// <summary>
/// Applies regex rules the way statsd_exporter does: rules in file order, the first whose
/// (unanchored) regex finds a match wins, and `${n}` in the name and label values expands to
/// the group's text. Glob rules are not modelled; the shipped file has none.
/// </summary>
internal sealed class RegexMapper
{
    private readonly IReadOnlyList<(MappingRule Rule, Regex Regex)> _rules;

    public RegexMapper(StatsdMappingFile file)
    {
        _rules = [.. file.Rules
            .Where(r => r.MatchType == "regex")
            .Select(r => (r, new Regex(r.Match, RegexOptions.CultureInvariant)))];
    }

    /// <summary>The metric for a whole statsd line, or null when no rule matches its name.</summary>
    public MappedMetric? MapLine(string line)
    {
        // statsd_exporter splits a line at its first ':' into name and samples.
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? line : line[..colon];
        return MapName(name);
    }

    /// <summary>The metric for a statsd name, or null when no rule matches it.</summary>
    public MappedMetric? MapName(string statsdName)
    {
        foreach (var (rule, regex) in _rules)
        {
            var match = regex.Match(statsdName);
            if (!match.Success)
            {
                continue;
            }

            var labels = rule.Labels.ToDictionary(
                l => l.Key, l => match.Result(l.Value), StringComparer.Ordinal);
            return new MappedMetric(match.Result(rule.Name), labels);
        }

        return null;
    }
}
