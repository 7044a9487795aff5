namespace Popcon.Cli.Output;

/// <summary>A plain, column-aligned text table; stable for golden tests and pipes.</summary>
internal sealed class TextTable(IReadOnlyList<string> headers, IReadOnlySet<int> rightAligned)
{
    private const string Gap = "  ";

    private readonly List<IReadOnlyList<string>> _rows = [];

    public void Add(IReadOnlyList<string> cells) => _rows.Add(cells.Select(TerminalText.Clean).ToList());

    public void Write(TextWriter writer)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max())
            .ToList();

        WriteLine(writer, headers, widths);
        foreach (var row in _rows)
        {
            WriteLine(writer, row, widths);
        }
    }

    private void WriteLine(TextWriter writer, IReadOnlyList<string> cells, List<int> widths)
    {
        var parts = cells.Select((c, i) =>
            rightAligned.Contains(i) ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
        writer.Write(string.Join(Gap, parts).TrimEnd());
        writer.Write('\n');
    }
}
