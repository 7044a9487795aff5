using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Popcon.Collector.Store;

namespace Popcon.Collector.Http;

/// <summary>GET /api/series[?name=METRIC]: series as JSON, sorted by name then labels.</summary>
internal static class ApiEndpoint
{
    public static async Task Handle(HttpContext context, CollectorState state)
    {
        var name = context.Request.Query["name"].ToString();
        var snapshot = state.Snapshot().Where(s => name.Length == 0 || s.Series.Name == name).ToArray();
        Array.Sort(snapshot, SeriesOrder.Compare);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("count", snapshot.Length);
        json.WriteStartArray("series");
        foreach (var s in snapshot)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Series.Name);
            json.WriteStartObject("labels");
            foreach (var (key, value) in s.Series.Labels)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteNumber("total", s.Total);
            json.WriteString("firstDay", Days.Format(s.FirstDay));
            json.WriteString("lastDay", Days.Format(s.LastDay));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
