using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Popcon.Collector.Inventory;

/// <summary>Writes an unused report as one line of JSON (shape in docs/reports.md).</summary>
public static class UnusedJsonWriter
{
    /// <summary>The report as JSON text with a trailing newline.</summary>
    public static string ToJson(UnusedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("window");
            if (report.Window.Days is { } days)
            {
                json.WriteNumber("days", days);
            }
            else
            {
                json.WriteNull("days");
            }

            WriteDay(json, "from", report.Window.From);
            WriteDay(json, "to", report.Window.Until);
            json.WriteEndObject();

            json.WriteStartArray("unused");
            foreach (var entry in report.Unused)
            {
                json.WriteStartObject();
                WriteItem(json, entry.Item);
                WriteDay(json, "lastUsed", entry.LastUsed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteKept(json, report);
            json.WriteNumber("reclaimableBytes", report.ReclaimableBytes);
            json.WriteNumber("used", report.UsedCount);
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteKept(Utf8JsonWriter json, UnusedReport report)
    {
        json.WriteStartArray("kept");
        foreach (var entry in report.Kept)
        {
            json.WriteStartObject();
            WriteItem(json, entry.Item);
            json.WriteStartObject("neededBy");
            json.WriteString("id", entry.NeededBy.Id);
            json.WriteString("version", entry.NeededBy.Version);
            json.WriteEndObject();
            json.WriteStartObject("usedRoot");
            json.WriteString("id", entry.UsedRoot.Id);
            json.WriteString("version", entry.UsedRoot.Version);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // item: kind, id, version, bytes, path
    private static void WriteItem(Utf8JsonWriter json, InstalledItem item)
    {
        json.WriteString("kind", InstalledKindNames.Name(item.Kind));
        json.WriteString("id", item.Id);
        json.WriteString("version", item.Version);
        json.WriteNumber("bytes", item.Bytes);
        json.WriteString("path", item.Path);
    }

    private static void WriteDay(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
