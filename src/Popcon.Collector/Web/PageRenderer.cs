using System.Globalization;
using Popcon.Collector.Inventory;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Web;

/// <summary>Renders the whole page as one HTML document; tables work without script.</summary>
internal static class PageRenderer
{
    private const int TopCount = 15;

    public static string Render(
        PageQuery query, UsageReport packages, UsageReport runtimes, UnusedReport? unused)
    {
        var html = Start();
        var from = packages.From ?? packages.Rows.Min(r => r.FirstDay) ?? packages.Window.Until;
        var to = packages.To ?? packages.Window.Until;

        html.Raw("<p class=\"summary\" id=\"summary\">")
            .Text(Summary(packages))
            .Raw("</p>");
        Form(html, query);

        html.Raw("<h2>Most used packages</h2>");
        SvgCharts.TopBars(html, packages.Rows, TopCount);

        html.Raw("<h2>Packages</h2>");
        PackagesTable(html, packages, from, to);
        HiddenNote(html, packages, query, "package", "hidden");
        html.Raw("<p class=\"downloads\">Download what is shown: ")
            .Raw("<a id=\"download-csv\" download=\"popcon-report.csv\" href=\"api/report?")
            .Text(query.ToQueryString("csv")).Raw("\">CSV</a>")
            .Raw("<a id=\"download-json\" download=\"popcon-report.json\" href=\"api/report?")
            .Text(query.ToQueryString("json")).Raw("\">JSON</a></p>");

        html.Raw("<h2>Runtimes</h2>");
        RuntimesTable(html, runtimes);
        HiddenNote(html, runtimes, query, "runtime version", "hidden-runtimes");

        if (unused is not null)
        {
            UnusedSection.Render(html, unused);
        }

        return html.Raw("</body></html>\n").ToString();
    }

    public static string RenderError(string message)
    {
        var html = Start();
        return html.Raw("<p class=\"error\" id=\"error\">").Text(message).Raw("</p></body></html>\n").ToString();
    }

    private static Html Start() =>
        new Html().Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>popcon: package popularity</title><style>").Raw(PageStyles.Css)
            .Raw("</style></head><body><h1>popcon: what this installation uses</h1>");

    private static void Form(Html html, PageQuery query)
    {
        html.Raw("<form method=\"get\" id=\"filters\"><label>Window<select name=\"days\" id=\"days\">");
        foreach (var choice in PageQuery.WindowChoices.Select(d => d.ToString(CultureInfo.InvariantCulture))
            .Append("all").Append(query.DaysText).Distinct())
        {
            var text = choice == "all" ? "all days" : $"last {choice} days";
            html.Raw("<option value=\"").Text(choice).Raw(choice == query.DaysText ? "\" selected>" : "\">")
                .Text(text).Raw("</option>");
        }

        html.Raw("</select></label><label>Search<input type=\"search\" name=\"q\" id=\"q\" value=\"")
            .Text(query.Search)
            .Raw("\" placeholder=\"package, or a glob like microsoft.*\"></label>")
            .Raw("<label>Minimum processes<input type=\"number\" name=\"min_count\" id=\"min_count\"")
            .Raw(" min=\"0\" value=\"")
            .Number(query.MinCount)
            .Raw("\"></label><button type=\"submit\" id=\"show\">Show</button></form>");
    }

    private static void PackagesTable(Html html, UsageReport report, DateOnly from, DateOnly to)
    {
        html.Raw("<table id=\"packages\"><thead><tr><th>Package</th><th>Processes</th><th>Share</th>")
            .Raw("<th>First seen</th><th>Last seen</th><th>Daily use</th></tr></thead><tbody>");
        foreach (var row in report.Rows)
        {
            html.Raw("<tr>").Element("td", row.Key[0], " class=\"name\"")
                .Raw("<td class=\"num\">").Number(row.Processes).Raw("</td>")
                .Raw("<td class=\"num\">").Number(row.Share * 100, "0.0").Raw("%</td>")
                .Element("td", Html.Day(row.FirstDay)).Element("td", Html.Day(row.LastDay))
                .Raw("<td>");
            SvgCharts.Daily(html, row, from, to);
            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
        if (report.Rows.Count == 0)
        {
            html.Raw("<p class=\"empty\" id=\"no-packages\">No package to show for this window and search.</p>");
        }
    }

    private static void RuntimesTable(Html html, UsageReport report)
    {
        html.Raw("<table id=\"runtimes\"><thead><tr><th>Runtime</th><th>Version</th><th>Processes</th>")
            .Raw("<th>Share</th><th>Last seen</th></tr></thead><tbody>");
        foreach (var row in report.Rows)
        {
            html.Raw("<tr>").Element("td", row.Key[0], " class=\"name\"").Element("td", row.Key[1])
                .Raw("<td class=\"num\">").Number(row.Processes).Raw("</td>")
                .Raw("<td class=\"num\">").Number(row.Share * 100, "0.0").Raw("%</td>")
                .Element("td", Html.Day(row.LastDay)).Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }

    private static void HiddenNote(Html html, UsageReport report, PageQuery query, string noun, string id)
    {
        if (report.Hidden == 0)
        {
            return;
        }

        html.Raw($"<p class=\"hidden-note\" id=\"{id}\">")
            .Text($"{report.Hidden} {noun}{(report.Hidden == 1 ? "" : "s")} hidden: each used by " +
                $"fewer than {query.MinCount} processes.")
            .Raw("</p>");
    }

    private static string Summary(UsageReport report)
    {
        var span = report.Window.Days is { } days ? $"Last {days} days" : "All days";
        var range = report.From is { } f && report.To is { } t ? $" ({Html.Day(f)} to {Html.Day(t)})" : "";
        return $"{span}{range}: {report.Reports.ToString(CultureInfo.InvariantCulture)} reporting processes.";
    }
}
