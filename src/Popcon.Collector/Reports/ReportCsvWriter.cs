using System.Globalization;

namespace Popcon.Collector.Reports;

/// <summary>
/// Writes a usage report as RFC 4180 CSV: a header of the grouping labels then
/// <c>processes,share,firstDay,lastDay</c>, one line per visible row, <c>\n</c> line ends.
/// </summary>
public static class ReportCsvWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Write(UsageReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);

        var header = report.Labels.Concat(["processes", "share", "firstDay", "lastDay"]);
        writer.Write(string.Join(',', header.Select(CsvField.Escape)));
        writer.Write('\n');

        foreach (var row in report.Rows)
        {
            var fields = row.Key.Select(CsvField.Escape).Concat(
            [
                CsvField.Number(row.Processes),
                CsvField.Number(row.Share),
                Day(row.FirstDay),
                Day(row.LastDay),
            ]);
            writer.Write(string.Join(',', fields));
            writer.Write('\n');
        }
    }

    /// <summary>The report as CSV text.</summary>
    public static string ToCsv(UsageReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
