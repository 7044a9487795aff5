using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheHookIsListedTwice(PackagesAppFixture fixture)
{
    [Fact]
    public void The_process_still_sends_exactly_one_report_and_behaves_as_without_the_hook()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = HookPath.Location + Path.PathSeparator + HookPath.Location;

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    [Fact]
    public void Two_copies_of_the_hook_at_different_paths_still_send_exactly_one_report()
    {
        using var listener = new StatsdListener();
        using var copy = HookCopy.Create("hook", withCompiledBuilds: true);
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = HookPath.Location + Path.PathSeparator + copy.Location;

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    // An installation set up before the loader existed names hook/Popcon.Reporter.dll; the
    // activation lines of today prepend the loader to whatever the variable already holds.
    [Fact]
    public void The_loader_listed_before_the_portable_reporter_still_sends_exactly_one_report()
    {
        AssertOneReportWith(HookPath.Location + Path.PathSeparator + HookPath.Portable);
    }

    [Fact]
    public void The_portable_reporter_listed_before_the_loader_still_sends_exactly_one_report()
    {
        AssertOneReportWith(HookPath.Portable + Path.PathSeparator + HookPath.Location);
    }

    private void AssertOneReportWith(string hooks)
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = hooks;

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
