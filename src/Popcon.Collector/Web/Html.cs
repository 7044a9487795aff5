using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Popcon.Collector.Web;

/// <summary>
/// Builds HTML where every value goes through the encoder: only markup written as a literal by
/// popcon itself is raw. Label values come from whatever any local process sent.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _text = new();

    public Html Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    public Html Text(string? value)
    {
        _text.Append(HtmlEncoder.Default.Encode(value ?? string.Empty));
        return this;
    }

    public Html Number(double value, string format = "0.##")
    {
        _text.Append(value.ToString(format, CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An element with encoded text content: <c>&lt;tag attrs&gt;text&lt;/tag&gt;</c>.</summary>
    public Html Element(string tag, string? value, string attributes = "")
    {
        _text.Append('<').Append(tag).Append(attributes).Append('>');
        Text(value);
        _text.Append("</").Append(tag).Append('>');
        return this;
    }

    public override string ToString() => _text.ToString();

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    public static string Day(DateOnly? day) =>
        day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
