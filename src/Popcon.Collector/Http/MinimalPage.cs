using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Popcon.Collector.Metrics;

namespace Popcon.Collector.Http;

/// <summary>GET /: a plain HTML table of every series and its total.</summary>
internal static class MinimalPage
{
    public static async Task Handle(HttpContext context, CollectorState state)
    {
        var snapshot = state.Snapshot();
        Array.Sort(snapshot, static (a, b) => b.Total.CompareTo(a.Total));

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<title>popcon</title></head>\n");
        sb.Append("<body><h1>popcon</h1><p>").Append(snapshot.Length).Append(" series. ");
        sb.Append("<a href=\"/metrics\">/metrics</a> <a href=\"/api/series\">/api/series</a></p>\n");
        sb.Append("<table><thead><tr><th>metric</th><th>labels</th><th>total</th></tr></thead><tbody>\n");
        foreach (var s in snapshot)
        {
            var labels = string.Join(", ", s.Series.Labels.Select(l => $"{l.Key}={l.Value}"));
            sb.Append("<tr><td>").Append(WebUtility.HtmlEncode(s.Series.Name));
            sb.Append("</td><td>").Append(WebUtility.HtmlEncode(labels));
            sb.Append("</td><td>").Append(PrometheusText.FormatValue(s.Total)).Append("</td></tr>\n");
        }

        sb.Append("</tbody></table></body></html>\n");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(sb.ToString(), Encoding.UTF8, context.RequestAborted);
    }
}
