using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Popcon.Collector.Reports;

/// <summary>Parses the JSON envelope of the Prometheus HTTP API.</summary>
internal static class PrometheusResponse
{
    // {"status":"success"|"error","error":"…","data":{"resultType":"vector"|"matrix","result":[…]}}
    public static IReadOnlyList<PrometheusSeries> Parse(string body, HttpStatusCode status, Uri baseUri)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new ReportException(
                $"{baseUri} did not answer like a Prometheus server (HTTP {(int)status})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("status", out var state) || state.GetString() != "success")
            {
                var error = root.ValueKind == JsonValueKind.Object &&
                    root.TryGetProperty("error", out var e) ? e.GetString() : null;
                throw new ReportException(
                    $"Prometheus at {baseUri} refused the query: {error ?? $"HTTP {(int)status}"}");
            }

            try
            {
                var result = root.GetProperty("data").GetProperty("result");
                return result.EnumerateArray().Select(ParseSeries).ToList();
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException
                or FormatException or IndexOutOfRangeException)
            {
                throw new ReportException($"Prometheus at {baseUri} sent a result popcon cannot read", ex);
            }
        }
    }

    // series: {"metric":{labels},"value":[t,"v"]} or {"metric":{labels},"values":[[t,"v"],…]}
    private static PrometheusSeries ParseSeries(JsonElement series)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in series.GetProperty("metric").EnumerateObject())
        {
            labels[label.Name] = label.Value.GetString() ?? string.Empty;
        }

        var values = series.TryGetProperty("values", out var many)
            ? many.EnumerateArray().Select(Sample).ToList()
            : [Sample(series.GetProperty("value"))];
        return new PrometheusSeries(labels, values);
    }

    // sample: [unix seconds as number, value as string]
    private static (DateTimeOffset, double) Sample(JsonElement pair)
    {
        var seconds = pair[0].GetDouble();
        var value = double.Parse(pair[1].GetString() ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
        var time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        return (time, double.IsFinite(value) ? value : 0);
    }
}
