using Popcon.Bench.Tests.Support;

namespace Popcon.Bench.Tests;

public sealed class WhenTheInProcessBenchRunsDry(InProcessSmokeRun run) : IClassFixture<InProcessSmokeRun>
{
    [Fact]
    public void The_run_succeeds()
    {
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Theory]
    [InlineData("ExitFlushBenchmarks", "ExitFlush", 3)]
    [InlineData("ExitFlushBenchmarks", "MapOnly", 3)]
    [InlineData("ExitFlushBenchmarks", "FormatAndBatch", 3)]
    [InlineData("StatsdParserBenchmarks", "ParseTaggedLine", 1)]
    [InlineData("StatsdParserBenchmarks", "IngestReporterDatagram", 1)]
    [InlineData("MetricsWriterBenchmarks", "WriteMetrics", 3)]
    public void Each_benchmark_runs_for_each_size_and_reports_its_allocations(string type, string method, int sizes)
    {
        var rows = run.Results("inprocess").GetProperty("benchmarks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == type && b.GetProperty("method").GetString() == method)
            .ToList();

        Assert.Equal(sizes, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(row.GetProperty("median_ns").GetDouble() > 0);
            Assert.True(row.GetProperty("allocated_bytes").GetInt64() >= 0);
        });
    }

    [Fact]
    public void The_report_holds_the_exit_work_and_parser_tables()
    {
        Assert.Contains("## Reporter: exit-time work, in process", run.Document, StringComparison.Ordinal);
        Assert.Contains("| 1000 |", run.Document, StringComparison.Ordinal);
        Assert.Contains("| IngestReporterDatagram |", run.Document, StringComparison.Ordinal);
    }
}
