using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Popcon.Collector.Web;

/// <summary>
/// The popcon web page (<c>/</c>) and its report API (<c>/api/report</c>): server-rendered, no
/// script, no request to anywhere else, every value HTML-encoded, privacy threshold applied.
/// </summary>
public static class PopconPage
{
    /// <summary>Maps <c>GET /</c> (the page) and <c>GET /api/report</c>.</summary>
    /// <param name="endpoints">The collector's routes.</param>
    /// <param name="options">Where the store is, the default threshold and inventory folders.</param>
    /// <returns><paramref name="endpoints"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapPopconPage(
        this IEndpointRouteBuilder endpoints, PopconPageOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DefaultMinCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DefaultDays, 1);

        var handlers = new PageHandlers(options);
        endpoints.MapGet("/", handlers.PageAsync);
        endpoints.MapGet("/api/report", handlers.ReportAsync);
        return endpoints;
    }
}
