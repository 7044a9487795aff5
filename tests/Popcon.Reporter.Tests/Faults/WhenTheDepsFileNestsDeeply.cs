using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

/// <summary>
/// A deps.json the host runs with, holding a value nested far deeper than the members the
/// reporter walks (a tool that writes its own data into the file): the host sets no depth
/// limit, so neither may the reporter.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheDepsFileNestsDeeply(PackagesAppFixture fixture)
{
    [Fact]
    public void The_app_runs_and_its_packages_are_still_counted()
    {
        using var listener = new StatsdListener();
        using var app = fixture.App.Clone();
        var deps = Path.Combine(app.OutputDirectory, "PackagesApp.deps.json");
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var text = File.ReadAllText(deps);
        File.WriteAllText(deps, "{ \"tool\": { \"data\": " + deep + " }," + text.TrimStart()[1..]);
        var environment = HookEnvironment.For(listener.Port);

        var result = app.Run(environment);

        Assert.Equal(0, result.ExitCode);
        Report.AssertExactlyOneReport(
            listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
