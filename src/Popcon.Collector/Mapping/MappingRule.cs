using System.Text.RegularExpressions;

namespace Popcon.Collector.Mapping;

/// <summary>One statsd_exporter mapping rule, validated.</summary>
internal sealed class MappingRule
{
    public required string Match { get; init; }

    /// <summary>Compiled pattern of a regex rule; null for a glob rule.</summary>
    public Regex? Regex { get; init; }

    /// <summary>For a regex rule: Go's group number → .NET's group number.</summary>
    public int[] GroupNumbers { get; init; } = [0];

    /// <summary>Dot-separated parts of a glob rule; "*" matches one whole part.</summary>
    public string[] GlobParts { get; init; } = [];

    public string Name { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    public bool HonorLabels { get; init; }

    public bool Drop { get; init; }

    /// <summary>counter, gauge or observer; null matches every type.</summary>
    public string? MatchMetricType { get; init; }

    public string? Help { get; init; }

    public double? Scale { get; init; }

    /// <summary>1-based line of the rule in its file (0 for built-in rules).</summary>
    public int Line { get; init; }

    public bool IsRegex => Regex is not null;
}
