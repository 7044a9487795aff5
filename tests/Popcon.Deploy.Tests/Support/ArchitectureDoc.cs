using System.Text.RegularExpressions;

namespace Popcon.Deploy.Tests.Support;

/// <summary>Reads the contracts out of docs/architecture.md, so configs follow the doc.</summary>
internal static partial class ArchitectureDoc
{
    /// <summary>The metric names of the "Metric names after mapping" table.</summary>
    public static IReadOnlySet<string> MetricNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Section("## Metric names after mapping"))
        {
            // A table row: | statsd line | `metric` | labels |
            var cells = line.Split('|');
            if (cells.Length > 3 && TickedName().Match(cells[2]) is { Success: true } name)
            {
                names.Add(name.Groups[1].Value);
            }
        }

        return names;
    }

    /// <summary>The untagged example lines of the wire format section, placeholders filled in.</summary>
    public static IReadOnlyList<string> UntaggedExampleLines() =>
        [.. Section("## Wire format")
            .Select(l => l.Trim())
            .Where(l => l.EndsWith(":1|c", StringComparison.Ordinal) ||
                l.Contains(":1|c ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[0])
            .Where(l => !l.Contains("_total", StringComparison.Ordinal))
            .Select(l => l.Replace("<distribution>", "zope.interface", StringComparison.Ordinal)
                .Replace("<package>", "google.protobuf", StringComparison.Ordinal)
                .Replace("<ns>", "hub", StringComparison.Ordinal))];

    private static IEnumerable<string> Section(string heading)
    {
        var lines = RepoFiles.ReadText("docs", "architecture.md").Split('\n');
        return lines
            .SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
    }

    [GeneratedRegex("^\\s*`([a-z_]+)`\\s*$")]
    private static partial Regex TickedName();
}
