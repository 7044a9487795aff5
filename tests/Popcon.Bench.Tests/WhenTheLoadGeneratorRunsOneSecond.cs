using System.Text.Json;
using Popcon.Bench.Tests.Support;

namespace Popcon.Bench.Tests;

public sealed class WhenTheLoadGeneratorRunsOneSecond(IngestSmokeRun run) : IClassFixture<IngestSmokeRun>
{
    [Fact]
    public void The_run_succeeds()
    {
        Assert.True(run.ExitCode == 0, run.Output);
    }

    // At 1,000 lines/s over loopback nothing is lost, so the generator's own accounting of its
    // mix must agree exactly with what each server counted: the harness counts right.
    [Theory]
    [InlineData("popcon")]
    [InlineData("etsy")]
    public void The_server_counts_every_line_and_refuses_every_garbage_line(string server)
    {
        var fixedRate = Run(server + "-fixed");

        Assert.True(fixedRate.GetProperty("sent_lines").GetInt64() > 0);
        Assert.Equal(fixedRate.GetProperty("sent_lines").GetInt64(), fixedRate.GetProperty("received_lines").GetDouble());
        Assert.Equal(fixedRate.GetProperty("sent_garbage").GetInt64(), fixedRate.GetProperty("bad_lines").GetDouble());
        Assert.Equal(fixedRate.GetProperty("sent_counters").GetInt64(), fixedRate.GetProperty("stored_counts").GetDouble());
    }

    [Theory]
    [InlineData("popcon")]
    [InlineData("etsy")]
    public void The_server_reports_its_cpu_and_memory(string server)
    {
        var fullSpeed = Run(server + "-full");

        Assert.True(fullSpeed.GetProperty("received_lines").GetDouble() > 0);
        Assert.True(fullSpeed.GetProperty("cpu_seconds").GetDouble() >= 0);
        Assert.True(fullSpeed.GetProperty("peak_rss_mib").GetDouble() > 0);
    }

    [Theory]
    [InlineData("popcon")]
    [InlineData("etsy")]
    public void The_sweep_grows_the_server_to_each_series_checkpoint(string server)
    {
        var points = Run(server + "-sweep").GetProperty("points").EnumerateArray().ToList();

        Assert.Equal([100.0, 200.0], points.Select(p => p.GetProperty("series_held").GetDouble()));
        Assert.All(points, p => Assert.True(p.GetProperty("rss_mib").GetDouble() > 0));
    }

    private JsonElement Run(string name) => run.Results("collector-ingest").GetProperty("runs").GetProperty(name);
}
