using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>Builds the Prometheus source from a user-given URL.</summary>
internal static class PrometheusSourceFactory
{
    public static IUsageSource Create(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) ||
            (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--prometheus takes an http(s) URL, not '{url}'");
        }

        throw new ReportException("--prometheus is not available in this build yet");
    }
}
