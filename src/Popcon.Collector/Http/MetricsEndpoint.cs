using System.Text;
using Microsoft.AspNetCore.Http;
using Popcon.Collector.Metrics;

namespace Popcon.Collector.Http;

/// <summary>GET /metrics: every stored series' total, then the collector's own metrics.</summary>
internal static class MetricsEndpoint
{
    public static async Task Handle(HttpContext context, CollectorState state)
    {
        var snapshot = state.Snapshot();
        var sb = new StringBuilder(256 + (snapshot.Length * 96));
        PrometheusText.WriteSeries(sb, snapshot);
        SelfMetricsWriter.Write(sb, state.Metrics, snapshot.Length, state.Table.MaxSeries);

        context.Response.ContentType = PrometheusText.ContentType;
        await context.Response.WriteAsync(sb.ToString(), Encoding.UTF8, context.RequestAborted);
    }
}
