using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheAppLeavesByAnyExitPath(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("exit")]
    [InlineData("throw")]
    public void The_exit_sends_exactly_one_report_and_the_host_behaves_as_without_the_hook(string mode)
    {
        using var listener = new StatsdListener();

        var without = fixture.App.Run(environment: null, mode);
        var environment = HookEnvironment.For(listener.Port);
        var with = fixture.App.Run(environment, mode);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
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

    [Fact]
    public void SIGKILL_after_a_periodic_flush_loses_nothing_and_sends_no_second_report()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_FLUSH_INTERVAL", "1"));
        using var app = RunningApp.Start(fixture.App.StartInfo(environment, "wait"));

        var first = listener.WaitForDatagram(TimeSpan.FromSeconds(60));
        app.Signal(RunningApp.SigKill);
        app.WaitForExit();

        var lines = first.Split('\n').Concat(listener.DrainLines(TimeSpan.FromSeconds(2))).ToList();
        Report.AssertExactlyOneReport(lines, HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
