using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Web;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>The popcon page mapped on a WebApplication bound to a free loopback port.</summary>
public sealed class PageHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<PageHost> StartAsync(PopconPageOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPopconPage(options);
        await app.StartAsync();
        return new PageHost(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
