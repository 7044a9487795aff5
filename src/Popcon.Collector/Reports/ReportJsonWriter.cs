using System.Globalization;
using System.Text.Json;

namespace Popcon.Collector.Reports;

/// <summary>
/// Writes a usage report as one line of JSON, the stable shape documented in docs/reports.md:
/// <c>{"window":{…},"reports":N,"packages":[{…}],"hidden":N}</c>.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>, followed by a newline.</summary>
    public static void Write(UsageReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);

        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            WriteWindow(json, report);
            json.WriteNumber("reports", report.Reports);

            json.WriteStartArray(RowsName(report.Labels));
            foreach (var row in report.Rows)
            {
                WriteRow(json, report.Labels, row);
            }

            json.WriteEndArray();
            json.WriteNumber("hidden", report.Hidden);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The report as a JSON string with a trailing newline.</summary>
    public static string ToJson(UsageReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The name of the rows array: <c>packages</c>, <c>runtimes</c> or <c>libraries</c> after the
    /// first grouping label, <c>rows</c> for any other.
    /// </summary>
    public static string RowsName(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Count == 0 ? "rows" : labels[0] switch
        {
            MetricNames.PackageLabel => "packages",
            MetricNames.RuntimeLabel => "runtimes",
            "library" => "libraries",
            _ => "rows",
        };
    }

    // window: {"days":N|null,"from":"yyyy-MM-dd"|null,"to":"yyyy-MM-dd"|null}
    private static void WriteWindow(Utf8JsonWriter json, UsageReport report)
    {
        json.WriteStartObject("window");
        if (report.Window.Days is { } days)
        {
            json.WriteNumber("days", days);
        }
        else
        {
            json.WriteNull("days");
        }

        WriteDay(json, "from", report.From);
        WriteDay(json, "to", report.To);
        json.WriteEndObject();
    }

    // row: the grouping labels, then processes, share, firstDay, lastDay.
    private static void WriteRow(Utf8JsonWriter json, IReadOnlyList<string> labels, UsageRow row)
    {
        json.WriteStartObject();
        for (var i = 0; i < labels.Count; i++)
        {
            json.WriteString(labels[i], row.Key[i]);
        }

        json.WriteNumber("processes", row.Processes);
        json.WriteNumber("share", row.Share);
        WriteDay(json, "firstDay", row.FirstDay);
        WriteDay(json, "lastDay", row.LastDay);
        json.WriteEndObject();
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
