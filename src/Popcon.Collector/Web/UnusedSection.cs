using Popcon.Collector.Inventory;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Web;

/// <summary>The "installed but unused" part of the page.</summary>
internal static class UnusedSection
{
    public static void Render(Html html, UnusedReport report)
    {
        html.Raw("<h2>Installed but unused in this window</h2>")
            .Raw("<table id=\"unused\"><thead><tr><th>Size</th><th>Kind</th><th>Id</th><th>Version</th>")
            .Raw("<th>Last used</th><th>Path</th></tr></thead><tbody>");
        foreach (var entry in report.Unused)
        {
            var item = entry.Item;
            html.Raw("<tr><td class=\"num\">").Text(ByteSizeText.Format(item.Bytes)).Raw("</td>")
                .Element("td", InstalledKindNames.Name(item.Kind))
                .Element("td", item.Id, " class=\"name\"").Element("td", item.Version)
                .Element("td", entry.LastUsed is { } last ? Html.Day(last) : "never")
                .Element("td", item.Path, " class=\"name\"").Raw("</tr>");
        }

        html.Raw("</tbody></table><p id=\"unused-total\">")
            .Text($"{ByteSizeText.Format(report.ReclaimableBytes)} reclaimable in {report.Unused.Count} " +
                $"version{(report.Unused.Count == 1 ? "" : "s")}.")
            .Raw("</p>");

        if (report.Kept.Count == 0)
        {
            return;
        }

        html.Raw("<h2>Kept: needed by used packages</h2>")
            .Raw("<table id=\"kept\"><thead><tr><th>Size</th><th>Id</th><th>Version</th><th>Needed by</th>")
            .Raw("</tr></thead><tbody>");
        foreach (var entry in report.Kept)
        {
            html.Raw("<tr><td class=\"num\">").Text(ByteSizeText.Format(entry.Item.Bytes)).Raw("</td>")
                .Element("td", entry.Item.Id, " class=\"name\"").Element("td", entry.Item.Version)
                .Element("td", $"{entry.NeededBy.Id} {entry.NeededBy.Version}").Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }
}
