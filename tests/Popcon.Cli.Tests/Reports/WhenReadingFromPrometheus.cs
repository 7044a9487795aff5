using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

public sealed class WhenReadingFromPrometheus(PrometheusFixture fixture)
    : IClassFixture<PrometheusFixture>
{
    private async Task<(CliResult FromPrometheus, CliResult FromStore)> BothAsync(params string[] extra)
    {
        var common = new[] { "report", "--until", fixture.Today }.Concat(extra).ToList();
        var prometheus = await PopconCli.RunAsync(
            common.Concat(["--prometheus", fixture.PrometheusUri.ToString()]));
        var store = await PopconCli.RunAsync(common.Concat(["--db", fixture.DatabasePath]));
        return (prometheus, store);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public async Task The_report_equals_the_one_from_the_store(string format)
    {
        var (fromPrometheus, fromStore) = await BothAsync("--format", format);

        Assert.True(fromPrometheus.ExitCode == 0, fromPrometheus.ToString());
        Assert.Equal(fromStore.Stdout, fromPrometheus.Stdout);
        Assert.Contains("newtonsoft.json", fromPrometheus.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("runtime")]
    public async Task Grouping_by_version_or_runtime_equals_the_store(string by)
    {
        var (fromPrometheus, fromStore) = await BothAsync("--by", by, "--format", "csv");

        Assert.True(fromPrometheus.ExitCode == 0, fromPrometheus.ToString());
        Assert.Equal(fromStore.Stdout, fromPrometheus.Stdout);
    }

    [Fact]
    public async Task The_threshold_hides_and_counts_the_same_rows()
    {
        var (fromPrometheus, fromStore) = await BothAsync("--min-count", "2", "--format", "json");

        Assert.Equal(fromStore.Stdout, fromPrometheus.Stdout);
        Assert.EndsWith("\"hidden\":1}\n", fromPrometheus.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownLimitations_all_days_reads_the_counters_totals_without_first_or_last_day()
    {
        var result = await PopconCli.RunAsync(
            "report", "--all", "--format", "csv", "--prometheus", fixture.PrometheusUri.ToString());

        Assert.Equal(
            "package,processes,share,firstDay,lastDay\n" +
            "newtonsoft.json,3,0.75,,\n" +
            "microsoft.extensions.logging,2,0.5,,\n" +
            "serilog,1,0.25,,\n",
            result.Stdout);
    }

    [Fact]
    public async Task Unused_joins_the_installed_versions_with_prometheus_usage()
    {
        using var directory = new TempDirectory();
        var tree = new InstalledTree(directory.Path);
        tree.NuGetPackage("packages", "Newtonsoft.Json", "13.0.3", 1_000);
        var unusedPath = tree.NuGetPackage("packages", "Newtonsoft.Json", "12.0.1", 1_000);
        tree.NuGetPackage("packages", "Serilog", "4.0.0", 1_000);

        var result = await PopconCli.RunAsync(
            "unused", "--prometheus", fixture.PrometheusUri.ToString(), "--until", fixture.Today,
            "--format", "csv", Path.Combine(directory.Path, "packages"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            "kind,id,version,bytes,lastUsed,path\n" +
            $"nuget,newtonsoft.json,12.0.1,{tree.BytesOf(unusedPath)},,{unusedPath}\n",
            result.Stdout);
    }

    [Fact]
    public async Task A_prometheus_that_does_not_listen_is_one_plain_line()
    {
        var result = await PopconCli.RunAsync("report", "--prometheus", "http://127.0.0.1:9/");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("popcon: cannot reach Prometheus at http://127.0.0.1:9/", result.Stderr,
            StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_server_streaming_without_end_is_one_plain_line_and_a_bounded_read()
    {
        await using var endless = EndlessHttpServer.Start();

        var result = await PopconCli.RunAsync("report", "--prometheus", endless.Uri.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(
            $"popcon: Prometheus at {endless.Uri} answered with more than 256 MiB", result.Stderr,
            StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--days", "2147483647")]
    [InlineData("--all", null)]
    public async Task A_window_ending_on_the_last_calendar_day_is_a_usage_error(string option, string? value)
    {
        string[] args = ["report", "--prometheus", "http://127.0.0.1:9/", "--until", "9999-12-31", option];
        var result = await PopconCli.RunAsync(value is null ? args : [.. args, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: --until must be before 9999-12-31", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_a_usage_error()
    {
        var result = await PopconCli.RunAsync("report", "--prometheus", "ftp://127.0.0.1/");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("popcon: --prometheus takes an http(s) URL, not 'ftp://127.0.0.1/'\n", result.Stderr);
    }
}
