using System.Text.Json;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Grafana;

/// <summary>The shipped Grafana dashboard and the PromQL of its panels.</summary>
internal static class DashboardFile
{
    /// <summary>Concrete values for the dashboard's variables, as Grafana would fill them in.</summary>
    public static readonly IReadOnlyDictionary<string, string> Substitutions =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["$__rate_interval"] = "2h",
            ["$__interval"] = "1h",
            ["$__range"] = "1d",
            ["$package"] = ".*",
            ["$top"] = "10",
        };

    /// <summary>Parses deploy/grafana/popcon-dashboard.json.</summary>
    public static JsonDocument Load() =>
        JsonDocument.Parse(RepoFiles.ReadText("deploy", "grafana", "popcon-dashboard.json"));

    /// <summary>Every panel of the dashboard, rows' nested panels included.</summary>
    public static IReadOnlyList<JsonElement> Panels(JsonDocument dashboard)
    {
        var panels = new List<JsonElement>();
        foreach (var panel in dashboard.RootElement.GetProperty("panels").EnumerateArray())
        {
            panels.Add(panel);
            if (panel.TryGetProperty("panels", out var nested))
            {
                panels.AddRange(nested.EnumerateArray());
            }
        }

        return panels;
    }

    /// <summary>(panel title, refId, expr) for every query of every panel.</summary>
    public static IReadOnlyList<(string Panel, string RefId, string Expr)> Queries()
    {
        using var dashboard = Load();
        return [.. Panels(dashboard)
            .Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => (
                p.GetProperty("title").GetString()!,
                t.GetProperty("refId").GetString()!,
                t.GetProperty("expr").GetString()!)))];
    }

    /// <summary>The expression with every variable replaced by a concrete value.</summary>
    public static string Concrete(string expr) =>
        Substitutions
            .OrderByDescending(s => s.Key.Length)
            .Aggregate(expr, (text, s) => text.Replace(s.Key, s.Value, StringComparison.Ordinal));
}
