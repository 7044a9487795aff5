namespace Popcon.Deploy.Tests.Systemd;

/// <summary>A systemd unit file read as INI: sections of key=value lines, in order.</summary>
internal sealed class UnitFile
{
    private UnitFile(IReadOnlyList<(string Section, string Key, string Value)> entries)
    {
        Entries = entries;
    }

    /// <summary>Every assignment, with the section it sits in.</summary>
    public IReadOnlyList<(string Section, string Key, string Value)> Entries { get; }

    /// <summary>Parses unit text; fails on a line not a comment, section or key.</summary>
    public static UnitFile Parse(string text)
    {
        var entries = new List<(string, string, string)>();
        var section = string.Empty;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            // A section header: "[Name]".
            if (line[0] == '[' && line[^1] == ']')
            {
                section = line[1..^1];
                continue;
            }

            // An assignment: "Key=Value", the value possibly empty.
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0 && section.Length > 0, $"Not a unit line: '{line}'");
            entries.Add((section, line[..equals].Trim(), line[(equals + 1)..].Trim()));
        }

        return new UnitFile(entries);
    }

    /// <summary>The last value assigned to <paramref name="key"/> in <paramref name="section"/>.</summary>
    public string? Value(string section, string key) =>
        Entries.LastOrDefault(e => e.Section == section && e.Key == key).Value;
}
