using Popcon.Deploy.Tests.Prometheus;

namespace Popcon.Deploy.Tests.Grafana;

public sealed class WhenDashboardQueriesRunOnPrometheus(PrometheusServer server)
    : IClassFixture<PrometheusServer>
{
    public static TheoryData<string, string, string> Queries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (panel, refId, expr) in DashboardFile.Queries())
        {
            data.Add(panel, refId, expr);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_panel_query_parses_and_finds_the_sample_series(
        string panel, string refId, string expr)
    {
        var concrete = DashboardFile.Concrete(expr);
        Assert.DoesNotContain("$", concrete, StringComparison.Ordinal);

        using var answer = await server.QueryAsync(concrete);
        var root = answer.RootElement;

        var status = root.GetProperty("status").GetString();
        Assert.True(status == "success", $"{panel}/{refId}: {concrete}\n{root}\n{server.Log}");
        var result = root.GetProperty("data").GetProperty("result");
        Assert.True(result.GetArrayLength() > 0, $"{panel}/{refId} found no series: {concrete}");
    }

    [Fact]
    public async Task A_broken_expression_is_rejected_so_the_check_has_teeth()
    {
        using var answer = await server.QueryAsync("sum by (package (dotnet_popcon_reports_total)");

        Assert.Equal("error", answer.RootElement.GetProperty("status").GetString());
    }
}
