using System.Globalization;
using Popcon.Collector.Inventory;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>Writes an unused report for people: what can go, the total, and what must stay.</summary>
internal static class UnusedTableWriter
{
    public static void Write(UnusedReport report, TextWriter writer)
    {
        var window = report.Window;
        var span = window.Days is { } days
            ? $"last {days} day{(days == 1 ? "" : "s")} ({Day(window.From)} to {Day(window.Until)})"
            : "all days";
        writer.Write($"installed but not used in the {span}:\n");

        var found = report.Unused.Count + report.Kept.Count + report.UsedCount;
        if (found == 0)
        {
            // Saying "every version was used" about an empty scan would hide a wrong path.
            writer.Write("nothing: no installed package found in the scanned folders; check the paths\n");
        }
        else if (report.Unused.Count == 0)
        {
            writer.Write("nothing: every installed version was used\n");
        }
        else
        {
            var table = new TextTable(
                ["SIZE", "KIND", "ID", "VERSION", "LAST USED", "PATH"], new HashSet<int> { 0 });
            foreach (var entry in report.Unused)
            {
                var item = entry.Item;
                table.Add([ByteSizeText.Format(item.Bytes), InstalledKindNames.Name(item.Kind), item.Id,
                    item.Version, entry.LastUsed is { } last ? Day(last) : "never", item.Path]);
            }

            table.Write(writer);
        }

        writer.Write(
            $"total: {ByteSizeText.Format(report.ReclaimableBytes)} " +
            $"({report.ReclaimableBytes.ToString(CultureInfo.InvariantCulture)} bytes) " +
            $"reclaimable in {report.Unused.Count} version{(report.Unused.Count == 1 ? "" : "s")}\n");

        WriteKept(report, writer);
        foreach (var problem in report.Problems)
        {
            writer.Write($"not scanned: {TerminalText.Clean(problem)}\n");
        }
    }

    private static void WriteKept(UnusedReport report, TextWriter writer)
    {
        if (report.Kept.Count == 0)
        {
            return;
        }

        writer.Write("kept, not used themselves but needed by a used package:\n");
        var table = new TextTable(["SIZE", "KIND", "ID", "VERSION", "NEEDED BY"], new HashSet<int> { 0 });
        foreach (var entry in report.Kept)
        {
            var item = entry.Item;
            var neededBy = $"{entry.NeededBy.Id} {entry.NeededBy.Version}";
            if (entry.NeededBy != entry.UsedRoot)
            {
                neededBy += $" (for {entry.UsedRoot.Id} {entry.UsedRoot.Version})";
            }

            table.Add([ByteSizeText.Format(item.Bytes), InstalledKindNames.Name(item.Kind), item.Id,
                item.Version, neededBy]);
        }

        table.Write(writer);
    }

    private static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
