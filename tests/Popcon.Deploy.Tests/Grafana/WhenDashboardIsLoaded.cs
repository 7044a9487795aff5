using System.Text.Json;
using System.Text.RegularExpressions;

namespace Popcon.Deploy.Tests.Grafana;

public sealed partial class WhenDashboardIsLoaded : IDisposable
{
    private const string DataSource = "${DS_PROMETHEUS}";
    private readonly JsonDocument _dashboard = DashboardFile.Load();

    public void Dispose() => _dashboard.Dispose();

    [Fact]
    public void It_is_a_schema_39_dashboard_asking_for_a_prometheus_data_source_on_import()
    {
        var root = _dashboard.RootElement;

        Assert.Equal(39, root.GetProperty("schemaVersion").GetInt32());
        var input = Assert.Single(root.GetProperty("__inputs").EnumerateArray());
        Assert.Equal("DS_PROMETHEUS", input.GetProperty("name").GetString());
        Assert.Equal("prometheus", input.GetProperty("pluginId").GetString());
    }

    [Fact]
    public void It_also_declares_the_data_source_as_a_variable_for_file_provisioning()
    {
        var variable = Variables().Single(v => v.GetProperty("name").GetString() == "DS_PROMETHEUS");

        Assert.Equal("datasource", variable.GetProperty("type").GetString());
        Assert.Equal("prometheus", variable.GetProperty("query").GetString());
    }

    [Fact]
    public void Every_panel_and_query_uses_the_data_source_input()
    {
        Assert.All(DashboardFile.Panels(_dashboard), panel =>
        {
            Assert.Equal(DataSource, panel.GetProperty("datasource").GetProperty("uid").GetString());
            Assert.All(panel.GetProperty("targets").EnumerateArray(), target =>
                Assert.Equal(DataSource, target.GetProperty("datasource").GetProperty("uid").GetString()));
        });
    }

    [Fact]
    public void Panel_ids_are_unique()
    {
        var ids = DashboardFile.Panels(_dashboard).Select(p => p.GetProperty("id").GetInt32()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_variable_a_query_uses_is_defined_or_built_in()
    {
        var defined = Variables().Select(v => "$" + v.GetProperty("name").GetString()).ToHashSet();
        var used = DashboardFile.Queries()
            .SelectMany(q => VariableReference().Matches(q.Expr).Select(m => m.Value))
            .Where(v => !v.StartsWith("$__", StringComparison.Ordinal));

        Assert.All(used, v => Assert.Contains(v, defined));
    }

    [Theory]
    [InlineData("table", "dotnet_popcon_package_used_total")]
    [InlineData("timeseries", "dotnet_popcon_package_used_total")]
    [InlineData("bargauge", "dotnet_popcon_runtime_used_total")]
    [InlineData("timeseries", "dotnet_popcon_reports_total")]
    [InlineData("table", "python_popcon_library_used")]
    public void A_panel_of_the_expected_kind_shows_each_metric(string type, string metric)
    {
        var panels = DashboardFile.Panels(_dashboard)
            .Where(p => p.GetProperty("type").GetString() == type)
            .Where(p => p.GetProperty("targets").EnumerateArray()
                .Any(t => t.GetProperty("expr").GetString()!.Contains(metric, StringComparison.Ordinal)));

        Assert.NotEmpty(panels);
    }

    private List<JsonElement> Variables() =>
        [.. _dashboard.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray()];

    [GeneratedRegex(@"\$\{?[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex VariableReference();
}
