using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

public sealed class WhenASelfContainedNet8AppRuns(SelfContainedNet8Fixture fixture) : IClassFixture<SelfContainedNet8Fixture>
{
    [Fact]
    public void It_reports_its_packages_and_the_net8_runtime_but_no_runtime_pack_assembly()
    {
        using var listener = new StatsdListener();

        var result = fixture.App.Run(HookEnvironment.For(listener.Port));

        Assert.Equal(0, result.ExitCode);
        var lines = listener.DrainLines();
        Assert.Equal(4, lines.Count);
        Assert.Contains(Report.Json, lines);
        Assert.Contains(Report.Humanizer, lines);
        Assert.Contains("dotnet_popcon.reports_total:1|c", lines);
        Assert.Single(lines, l => l.StartsWith("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:8.0.", StringComparison.Ordinal));
    }

    [Fact]
    public void It_runs_the_reporter_compiled_for_net8_so_the_jit_compiles_none_of_its_methods()
    {
        using var jit = JitList.RunCompiledHook(fixture.App);

        // The loader is compiled for .NET 10 only, so .NET 8 compiles its IL: the list is written.
        Assert.Contains(jit.Methods(), l => l.Contains("JIT compiled StartupHook:Initialize()", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RunningApp.SigTerm)]
    [InlineData(RunningApp.SigHup)]
    [InlineData(RunningApp.SigInt)]
    public void A_termination_signal_sends_exactly_one_report_and_the_host_dies_as_without_the_hook(int signal)
    {
        using var listener = new StatsdListener();

        var without = RunningApp.RunUntilSignal(fixture.App.StartInfo(null, "wait"), signal);
        var environment = HookEnvironment.For(listener.Port);
        var with = RunningApp.RunUntilSignal(fixture.App.StartInfo(environment, "wait"), signal);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("exit")]
    [InlineData("throw")]
    public void With_nothing_listening_the_host_behaves_as_without_the_hook(string mode)
    {
        var without = fixture.App.Run(environment: null, mode);
        var with = fixture.App.Run(HookEnvironment.For(HookEnvironment.ClosedPort()), mode);

        Assert.Equal(without, with);
    }
}
