using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>Builds the Prometheus source from a user-given URL.</summary>
internal static class PrometheusSourceFactory
{
    // a bounded body: a wrong URL streaming endlessly must not eat the machine's memory
    private static readonly HttpClient Http = new()
    {
        Timeout = TimeSpan.FromSeconds(30),
        MaxResponseContentBufferSize = 256 * 1024 * 1024,
    };

    public static IUsageSource Create(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--prometheus takes an http(s) URL, not '{url}'");
        }

        return new PrometheusUsageSource(uri, Http);
    }
}
