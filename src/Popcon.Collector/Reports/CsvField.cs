using System.Globalization;

namespace Popcon.Collector.Reports;

/// <summary>Formats single CSV fields.</summary>
public static class CsvField
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];

    /// <summary>
    /// Quotes a text field when it holds a comma, quote or line break (quotes doubled). A value a
    /// spreadsheet would run as a formula gets a leading apostrophe, because label values come from
    /// whatever any local process sent.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>A number in invariant, round-trip form (<c>3</c>, <c>0.75</c>).</summary>
    public static string Number(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture);
}
