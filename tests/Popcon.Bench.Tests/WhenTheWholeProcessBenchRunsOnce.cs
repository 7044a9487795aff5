using Popcon.Bench.Tests.Support;

namespace Popcon.Bench.Tests;

public sealed class WhenTheWholeProcessBenchRunsOnce(ProcessSmokeRun run) : IClassFixture<ProcessSmokeRun>
{
    private static readonly string[] Apps = ["hello10", "many", "hello-sc8"];

    private static readonly string[] Setups =
    [
        "no-hook", "empty-hook", "popcon-disabled", "popcon-listening", "popcon-portable",
        "popcon-nothing-listening",
    ];

    [Fact]
    public void The_run_succeeds()
    {
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Every_app_is_timed_without_a_hook_with_an_empty_hook_and_with_popcon()
    {
        var commands = run.Results("reporter-process").GetProperty("commands");

        foreach (var app in Apps)
        {
            foreach (var setup in Setups)
            {
                var timing = commands.GetProperty($"{app}/{setup}");
                Assert.Equal(1, timing.GetProperty("n").GetInt32());
                Assert.True(timing.GetProperty("median_ms").GetDouble() > 0);
            }
        }
    }

    [Fact]
    public void The_listening_collector_receives_a_report_from_each_hooked_run()
    {
        var results = run.Results("reporter-process");

        // one round, one run, no warmup: each app reports once per setup that sends to the
        // listening collector (the loader, and the portable build named directly)
        Assert.Equal(6, results.GetProperty("reports_received_by_collector").GetDouble());
        Assert.Equal(3, results.GetProperty("package_series_at_collector").GetInt32());
    }

    [Fact]
    public void The_report_holds_the_reporter_tables()
    {
        Assert.Contains("## Reporter: whole process", run.Document, StringComparison.Ordinal);
        Assert.Contains("| hello world, .NET 8 self-contained |", run.Document, StringComparison.Ordinal);
        Assert.Contains("listening − empty hook", run.Document, StringComparison.Ordinal);
        Assert.Contains("portable build − empty hook", run.Document, StringComparison.Ordinal);
    }
}
