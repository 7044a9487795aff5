using Popcon.Bench.Tests.Support;

namespace Popcon.Bench.Tests;

public sealed class WhenTheReportBenchRunsOnce(ReportsSmokeRun run) : IClassFixture<ReportsSmokeRun>
{
    [Fact]
    public void The_run_succeeds()
    {
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Every_report_the_main_query_and_each_page_are_timed()
    {
        var results = run.Results("reports");

        Assert.Equal(4, results.GetProperty("report").EnumerateObject().Count());
        Assert.All(results.GetProperty("report").EnumerateObject(), r => Assert.Equal(1, r.Value.GetProperty("n").GetInt32()));
        Assert.Equal(3, results.GetProperty("http").EnumerateObject().Count());
        Assert.True(results.GetProperty("serve_ready_ms").GetInt32() > 0);
    }

    [Fact]
    public void The_main_query_reads_every_daily_row_of_the_generated_store()
    {
        var query = run.Results("reports").GetProperty("query").GetProperty("daily_7d");

        // 200 package series x 7 days
        Assert.Equal(1400, query.GetProperty("rows").GetInt32());
    }
}
