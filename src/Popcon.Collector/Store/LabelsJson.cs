using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Popcon.Collector.Store;

/// <summary>The canonical JSON form of a label set, the <c>series.labels</c> column: an object
/// with keys sorted ordinally, no spaces, only '"', '\' and control characters escaped.</summary>
internal static class LabelsJson
{
    public static string Write(IReadOnlyList<KeyValuePair<string, string>> sortedLabels)
    {
        if (sortedLabels.Count == 0)
        {
            return "{}";
        }

        var sb = new StringBuilder();
        sb.Append('{');
        for (var i = 0; i < sortedLabels.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            AppendString(sb, sortedLabels[i].Key);
            sb.Append(':');
            AppendString(sb, sortedLabels[i].Value);
        }

        return sb.Append('}').ToString();
    }

    /// <summary>Reads a stored label object back, sorted ordinally by key.</summary>
    public static KeyValuePair<string, string>[] Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var labels = new List<KeyValuePair<string, string>>();
        foreach (var property in doc.RootElement.EnumerateObject())
        {
            labels.Add(new(property.Name, property.Value.GetString() ?? ""));
        }

        return Sort(labels);
    }

    public static KeyValuePair<string, string>[] Sort(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var array = labels.ToArray();
        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return array;
    }

    private static void AppendString(StringBuilder sb, string value)
    {
        // string = '"' (char | '\"' | '\\' | '\n' | '\r' | '\t' | '\u00XX')* '"'
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
    }
}
