using System.Globalization;
using System.Text;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Inventory;

/// <summary>Writes the unused versions as CSV: <c>kind,id,version,bytes,lastUsed,path</c>.</summary>
public static class UnusedCsvWriter
{
    /// <summary>The unused versions as CSV text, <c>\n</c> line ends.</summary>
    public static string ToCsv(UnusedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder("kind,id,version,bytes,lastUsed,path\n");
        foreach (var entry in report.Unused)
        {
            var item = entry.Item;
            text.AppendJoin(',',
                InstalledKindNames.Name(item.Kind),
                CsvField.Escape(item.Id),
                CsvField.Escape(item.Version),
                item.Bytes.ToString(CultureInfo.InvariantCulture),
                entry.LastUsed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                CsvField.Escape(item.Path));
            text.Append('\n');
        }

        return text.ToString();
    }
}
