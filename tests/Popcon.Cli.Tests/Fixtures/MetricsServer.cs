using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>A loopback HTTP server that serves a /metrics document the test can change.</summary>
public sealed class MetricsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile string _document = string.Empty;

    private MetricsServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public string Document
    {
        get => _document;
        set => _document = value;
    }

    public static async Task<MetricsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new MetricsServer(app);
        app.MapGet("/metrics", () => Results.Text(server._document, "text/plain; version=0.0.4"));
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
