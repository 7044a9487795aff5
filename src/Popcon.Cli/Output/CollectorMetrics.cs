using System.Globalization;
using System.Net;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>Reads one counter from the collector's Prometheus text exposition.</summary>
internal sealed class CollectorMetrics(Uri web, HttpClient http)
{
    public Uri MetricsUri { get; } = new(web, "metrics");

    /// <summary>The sum of every sample of <paramref name="metric"/>; 0 when it is not exposed yet.</summary>
    /// <exception cref="ReportException">Nothing answers, or not with metrics.</exception>
    public async Task<double> ReadAsync(string metric, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            using var response = await http.GetAsync(MetricsUri, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new ReportException(
                    $"{MetricsUri} answered HTTP {(int)response.StatusCode}; is that 'popcon serve'?");
            }

            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
            when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            throw new ReportException(
                $"{MetricsUri} answered with more than "
                + $"{http.MaxResponseContentBufferSize / (1024 * 1024)} MiB; is that 'popcon serve'?", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ReportException(
                $"nothing answers at {MetricsUri} ({ex.Message}); start 'popcon serve', or pass --web " +
                "with the address it serves on", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ReportException($"{MetricsUri} did not answer in time", ex);
        }

        return Sum(text, metric);
    }

    // sample line: name[{labels}] value [timestamp]; comments start with '#'.
    private static double Sum(string exposition, string metric)
    {
        double sum = 0;
        foreach (var raw in exposition.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || !line.StartsWith(metric, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[metric.Length..];
            if (rest.Length == 0 || (rest[0] != ' ' && rest[0] != '{'))
            {
                continue;
            }

            var afterLabels = rest[0] == '{' ? rest[(rest.LastIndexOf('}') + 1)..] : rest;
            var fields = afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 &&
                double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                sum += value;
            }
        }

        return sum;
    }
}
