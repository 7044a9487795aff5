using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Popcon.Collector.Inventory;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Web;

/// <summary>The request handlers behind <see cref="PopconPage"/>.</summary>
internal sealed class PageHandlers(PopconPageOptions options)
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
        "base-uri 'none'; frame-ancestors 'none'";

    public async Task PageAsync(HttpContext context)
    {
        SecureHeaders(context.Response);
        var query = PageQuery.Parse(context.Request.Query, options, out var error);
        if (query is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, "text/html; charset=utf-8",
                PageRenderer.RenderError(error!)).ConfigureAwait(false);
            return;
        }

        try
        {
            var cancel = context.RequestAborted;
            var source = new SqliteUsageSource(options.DatabasePath);
            var window = query.Window(Today());
            var packages = await UsageReportBuilder.BuildAsync(
                source, ReportRequest.Packages(window, query.MinCount, NullIfEmpty(query.Search)), cancel)
                .ConfigureAwait(false);
            var runtimes = await UsageReportBuilder.BuildAsync(source, RuntimeRequest(window, query), cancel)
                .ConfigureAwait(false);
            var unused = await UnusedAsync(source, window, cancel).ConfigureAwait(false);

            await WriteAsync(context, StatusCodes.Status200OK, "text/html; charset=utf-8",
                PageRenderer.Render(query, packages, runtimes, unused)).ConfigureAwait(false);
        }
        catch (ReportException ex)
        {
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8",
                PageRenderer.RenderError(ex.Message)).ConfigureAwait(false);
        }
    }

    public async Task ReportAsync(HttpContext context)
    {
        SecureHeaders(context.Response);
        var query = PageQuery.Parse(context.Request.Query, options, out var error);
        if (query is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8",
                error + "\n").ConfigureAwait(false);
            return;
        }

        try
        {
            var request = ReportRequest.Packages(query.Window(Today()), query.MinCount, NullIfEmpty(query.Search));
            var report = await UsageReportBuilder.BuildAsync(
                new SqliteUsageSource(options.DatabasePath), request, context.RequestAborted)
                .ConfigureAwait(false);
            var (type, body) = query.Format == "csv"
                ? ("text/csv; charset=utf-8", ReportCsvWriter.ToCsv(report))
                : ("application/json; charset=utf-8", ReportJsonWriter.ToJson(report));
            await WriteAsync(context, StatusCodes.Status200OK, type, body).ConfigureAwait(false);
        }
        catch (ReportException ex)
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = ex.Message });
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                "application/json; charset=utf-8", body + "\n").ConfigureAwait(false);
        }
    }

    private async Task<UnusedReport?> UnusedAsync(
        IUsageSource source, ReportWindow window, CancellationToken cancellationToken)
    {
        if (options.InventoryPaths.Count == 0)
        {
            return null;
        }

        var usage = await UsageIndex.ReadAsync(source, window, cancellationToken).ConfigureAwait(false);
        var scan = await Task.Run(
            () => InventoryScanner.Scan(options.InventoryPaths, null, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        return UnusedAnalysis.Analyze(scan, usage, window);
    }

    private static ReportRequest RuntimeRequest(ReportWindow window, PageQuery query) =>
        new(MetricNames.RuntimeUsed, [MetricNames.RuntimeLabel, MetricNames.VersionLabel],
            MetricNames.Reports, window, query.MinCount);

    private DateOnly Today() => DateOnly.FromDateTime(options.Clock.GetUtcNow().UtcDateTime);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static void SecureHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted)
            .ConfigureAwait(false);
    }
}
