using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Web;

namespace Popcon.Collector.Http;

/// <summary>Kestrel on exactly the configured address, with the collector's routes.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<WebServer> StartAsync(
        IPEndPoint endPoint,
        CollectorState state,
        PopconPageOptions page,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.AddProvider(new ForwardingLoggerProvider(loggerFactory));
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // A failed bind is reported once, as a CollectorStartupException with its remedy; the
        // host's own error entry would add a stack trace in front of it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Listen(endPoint);
        });
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        app.UseRouting();
        app.MapGet("/metrics", (HttpContext c) => MetricsEndpoint.Handle(c, state));
        app.MapGet("/api/series", (HttpContext c) => ApiEndpoint.Handle(c, state));
        app.MapGet("/-/healthy", () => Results.Text("OK\n"));
        app.MapGet("/-/ready", () => state.Ready
            ? Results.Text("OK\n")
            : Results.Text("starting\n", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapPopconPage(page);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync();
            throw new CollectorStartupException(
                $"The web address {endPoint} cannot be used ({ex.InnerException?.Message ?? ex.Message}): "
                + $"pass {OptionNames.Web} HOST:PORT with a free port.",
                ex);
        }

        var server = app.Services.GetRequiredService<IServer>();
        var bound = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebServer(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
