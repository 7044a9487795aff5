using System.Globalization;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Web;

/// <summary>Small inline SVG charts, drawn on the server: no script, no request elsewhere.</summary>
internal static class SvgCharts
{
    private const int MaxDailyBars = 60;
    private const string Namespace = "xmlns=\"http://www.w3.org/2000/svg\"";

    /// <summary>Horizontal bars of the most used rows, labelled with their values.</summary>
    public static void TopBars(Html html, IReadOnlyList<UsageRow> rows, int count)
    {
        var top = rows.Take(count).ToList();
        if (top.Count == 0)
        {
            return;
        }

        const int LabelWidth = 260, BarWidth = 360, RowHeight = 22, Width = LabelWidth + BarWidth + 60;
        var max = top.Max(r => r.Processes);
        var height = top.Count * RowHeight;
        html.Raw(F($"<svg class=\"top-chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" "))
            .Raw(F($"width=\"{Width}\" height=\"{height}\" {Namespace}>"))
            .Element("title", $"Top {top.Count} by processes");
        for (var i = 0; i < top.Count; i++)
        {
            var row = top[i];
            var y = i * RowHeight;
            var width = max > 0 ? Math.Max(1, row.Processes / max * BarWidth) : 0;
            var label = string.Join(' ', row.Key);
            var processes = row.Processes.ToString(CultureInfo.InvariantCulture);

            // bar: label on the left, the bar (with a tooltip), its value after it.
            html.Raw(F($"<g class=\"bar\"><text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">"))
                .Text(label.Length > 40 ? label[..39] + "…" : label)
                .Raw(F($"</text><rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width:0.#}\" "))
                .Raw(F($"height=\"{RowHeight - 6}\">"))
                .Element("title", $"{label}: {processes} process{(row.Processes == 1 ? "" : "es")}")
                .Raw(F($"</rect><text class=\"value\" x=\"{LabelWidth + width + 4:0.#}\" y=\"{y + 15}\">"))
                .Text(processes)
                .Raw("</text></g>");
        }

        html.Raw("</svg>");
    }

    /// <summary>Processes per day (or per run of days on long windows) as a tiny bar chart.</summary>
    public static void Daily(Html html, UsageRow row, DateOnly from, DateOnly to)
    {
        var span = to.DayNumber - from.DayNumber + 1;
        if (span <= 0)
        {
            return;
        }

        var perBar = (span + MaxDailyBars - 1) / MaxDailyBars;
        var sums = new double[(span + perBar - 1) / perBar];
        foreach (var (day, value) in row.Daily)
        {
            var offset = day.DayNumber - from.DayNumber;
            if (offset >= 0 && offset < span)
            {
                sums[offset / perBar] += value;
            }
        }

        const int Width = 120, Height = 24;
        var barWidth = (double)Width / sums.Length;
        var max = sums.Max();
        var unit = perBar == 1 ? "day" : $"{perBar} days";
        html.Raw(F($"<svg class=\"daily\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" "))
            .Raw(F($"width=\"{Width}\" height=\"{Height}\" {Namespace}>"))
            .Element("title", $"{string.Join(' ', row.Key)}: processes per {unit}, " +
                $"{Html.Day(from)} to {Html.Day(to)}")
            .Raw(F($"<line x1=\"0\" y1=\"{Height - 0.5}\" x2=\"{Width}\" y2=\"{Height - 0.5}\"/>"));
        for (var i = 0; i < sums.Length; i++)
        {
            if (sums[i] <= 0 || max <= 0)
            {
                continue;
            }

            var h = Math.Max(1.5, sums[i] / max * (Height - 2));
            html.Raw(F($"<rect x=\"{i * barWidth:0.##}\" y=\"{Height - h:0.##}\" "))
                .Raw(F($"width=\"{Math.Max(0.5, barWidth - 0.5):0.##}\" height=\"{h:0.##}\"/>"));
        }

        html.Raw("</svg>");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
