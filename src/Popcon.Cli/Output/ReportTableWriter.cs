using System.Globalization;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>Writes a usage report as a text table for people.</summary>
internal static class ReportTableWriter
{
    public static void Write(UsageReport report, int minCount, TextWriter writer)
    {
        writer.Write(Summary(report));
        writer.Write('\n');

        if (report.Rows.Count == 0)
        {
            writer.Write($"no {RowNoun(report)} to show in this window\n");
        }
        else
        {
            WriteRows(report, writer);
        }

        if (report.Hidden > 0)
        {
            writer.Write(
                $"{report.Hidden} more hidden: used by fewer than {minCount} processes " +
                "(--min-count)\n");
        }
    }

    private static void WriteRows(UsageReport report, TextWriter writer)
    {
        var headers = report.Labels.Select(l => l.ToUpperInvariant())
            .Concat(["PROCESSES", "SHARE", "FIRST", "LAST", "TREND"]).ToList();
        var processesColumn = report.Labels.Count;
        var table = new TextTable(headers, new HashSet<int> { processesColumn, processesColumn + 1 });

        var from = report.From ?? report.Rows.Min(r => r.FirstDay) ?? report.Window.Until;
        var to = report.To ?? report.Window.Until;
        foreach (var row in report.Rows)
        {
            table.Add(row.Key.Concat(
            [
                CsvField.Number(row.Processes),
                (row.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
                Day(row.FirstDay),
                Day(row.LastDay),
                row.Daily.Count > 0 ? Sparkline.Draw(row.Daily, from, to) : "-",
            ]).ToList());
        }

        table.Write(writer);
    }

    private static string Summary(UsageReport report)
    {
        var span = report.Window.Days is { } days
            ? $"last {days} day{(days == 1 ? "" : "s")}"
            : "all days";
        var range = report.From is { } from && report.To is { } to
            ? $" ({Day(from)} to {Day(to)})"
            : string.Empty;
        return $"{span}{range}, {CsvField.Number(report.Reports)} reporting processes";
    }

    private static string RowNoun(UsageReport report) =>
        ReportJsonWriter.RowsName(report.Labels) is "rows" ? "usage" : ReportJsonWriter.RowsName(report.Labels);

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
