using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Popcon.Collector.Reports;

/// <summary>The two calls of the Prometheus HTTP API reports need: instant and range queries.</summary>
internal sealed class PrometheusClient(Uri baseUri, HttpClient httpClient)
{
    public Uri BaseUri { get; } = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");

    public Task<IReadOnlyList<PrometheusSeries>> QueryAsync(
        string query, DateTimeOffset time, CancellationToken cancellationToken) =>
        GetAsync(
            "api/v1/query",
            [("query", query), ("time", Seconds(time))],
            cancellationToken);

    public Task<IReadOnlyList<PrometheusSeries>> QueryRangeAsync(
        string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step,
        CancellationToken cancellationToken) =>
        GetAsync(
            "api/v1/query_range",
            [("query", query), ("start", Seconds(start)), ("end", Seconds(end)),
                ("step", step.TotalSeconds.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);

    private async Task<IReadOnlyList<PrometheusSeries>> GetAsync(
        string path, (string Name, string Value)[] parameters, CancellationToken cancellationToken)
    {
        var query = string.Join('&', parameters.Select(p =>
            p.Name + "=" + Uri.EscapeDataString(p.Value)));
        var uri = new Uri(BaseUri, path + "?" + query);

        string body;
        HttpStatusCode status;
        try
        {
            using var response = await httpClient.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
            when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw new ReportException(
                $"Prometheus at {BaseUri} answered with more than "
                + $"{httpClient.MaxResponseContentBufferSize / (1024 * 1024)} MiB; "
                + "narrow the window, or read the store with --db", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ReportException($"cannot reach Prometheus at {BaseUri}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ReportException($"Prometheus at {BaseUri} did not answer in time", ex);
        }

        return PrometheusResponse.Parse(body, status, BaseUri);
    }

    private static string Seconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
