using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

public sealed class WhenReportingFromAStore(StandardStoreFixture store)
    : IClassFixture<StandardStoreFixture>
{
    private Task<CliResult> Report(params string[] extra) =>
        PopconCli.RunAsync(
            new[] { "report", "--db", store.DatabasePath, "--until", ReportStores.Until }.Concat(extra));

    [Theory]
    [InlineData("table", "report-30days.txt")]
    [InlineData("json", "report-30days.json")]
    [InlineData("csv", "report-30days.csv")]
    public async Task The_last_30_days_match_the_golden_output(string format, string golden)
    {
        var result = await Report("--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Golden.Read(golden), result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Grouping_by_a_label_no_series_has_is_refused_naming_the_labels_there_are()
    {
        var result = await Report("--by", "nosuchlabel");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "popcon: no series of dotnet_popcon_package_used_total has the label nosuchlabel; its labels "
            + "are package, version: pass one of those to --by\n",
            result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task Table_is_the_default_format()
    {
        var result = await Report();

        Assert.Equal(Golden.Read("report-30days.txt"), result.Stdout);
    }

    [Fact]
    public async Task All_days_count_the_all_time_totals_and_the_whole_extent()
    {
        var result = await Report("--all", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Golden.Read("report-all.json"), result.Stdout);
    }

    [Fact]
    public async Task Min_count_hides_rarely_used_packages_and_says_how_many()
    {
        var table = await Report("--min-count", "2");
        var json = await Report("--min-count", "2", "--format", "json");
        var csv = await Report("--min-count", "2", "--format", "csv");

        Assert.Equal(Golden.Read("report-min-count-2.txt"), table.Stdout);
        Assert.Equal(Golden.Read("report-min-count-2.json"), json.Stdout);
        Assert.DoesNotContain("serilog", json.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("serilog", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_version_judges_each_version_on_its_own()
    {
        var result = await Report("--by", "version", "--format", "csv");

        Assert.Equal(Golden.Read("report-by-version.csv"), result.Stdout);
    }

    [Fact]
    public async Task By_runtime_counts_the_runtime_series()
    {
        var result = await Report("--by", "runtime", "--format", "csv");

        Assert.Equal(
            "runtime,version,processes,share,firstDay,lastDay\n" +
            "microsoft.netcore.app,10.0.12,4,1,2026-03-10,2026-03-31\n",
            result.Stdout);
    }

    [Fact]
    public async Task Python_metrics_group_by_the_label_asked_for_with_python_reports_as_the_base()
    {
        var result = await Report("--metric", "python_popcon_library_used", "--by", "library", "--format", "csv");

        Assert.Equal(
            "library,processes,share,firstDay,lastDay\n" +
            "numpy,3,1,2026-03-10,2026-03-20\n" +
            "pandas,1,0.3333,2026-03-20,2026-03-20\n",
            result.Stdout);
    }

    [Fact]
    public async Task A_metric_without_by_groups_by_every_label_it_carries()
    {
        var result = await Report("--metric", "python_popcon_library_used", "--format", "json");

        Assert.Equal(
            "{\"window\":{\"days\":30,\"from\":\"2026-03-02\",\"to\":\"2026-03-31\"},\"reports\":3," +
            "\"libraries\":[" +
            "{\"library\":\"numpy\",\"namespace\":\"\",\"processes\":2,\"share\":0.6667,\"firstDay\":\"2026-03-10\",\"lastDay\":\"2026-03-10\"}," +
            "{\"library\":\"numpy\",\"namespace\":\"lab\",\"processes\":1,\"share\":0.3333,\"firstDay\":\"2026-03-20\",\"lastDay\":\"2026-03-20\"}," +
            "{\"library\":\"pandas\",\"namespace\":\"\",\"processes\":1,\"share\":0.3333,\"firstDay\":\"2026-03-20\",\"lastDay\":\"2026-03-20\"}]," +
            "\"hidden\":0}\n",
            result.Stdout);
    }

    [Theory]
    [InlineData("--metric", "bad-name")]
    [InlineData("--by", "package,ver sion")]
    public async Task Names_that_are_no_metric_or_label_names_are_usage_errors(string option, string value)
    {
        var result = await Report(option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--until", "0001-01-01")]
    [InlineData("report", "--days", "2147483647")]
    [InlineData("unused", "--days", "2147483647")]
    public async Task A_window_reaching_before_the_first_calendar_day_is_a_usage_error(
        string command, string option, string value)
    {
        var result = await PopconCli.RunAsync(command, "--db", store.DatabasePath, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: --days", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("newtonsoft", "newtonsoft.json")]
    [InlineData("*.LOGGING", "microsoft.extensions.logging")]
    [InlineData("serilo?", "serilog")]
    public async Task Match_keeps_only_matching_packages(string pattern, string expected)
    {
        var result = await Report("--match", pattern, "--format", "csv");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(expected + ",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_before_any_data_reports_nothing_and_still_succeeds()
    {
        var result = await PopconCli.RunAsync(
            "report", "--db", store.DatabasePath, "--until", "2025-01-31", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "{\"window\":{\"days\":30,\"from\":\"2025-01-02\",\"to\":\"2025-01-31\"},\"reports\":0," +
            "\"packages\":[],\"hidden\":0}\n",
            result.Stdout);
    }
}
