using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Api;

public sealed class WhenAnAppStartsTheReporterFromCode : IDisposable
{
    private const string Output = "{\"answer\":42}\nfirst start: {0}\nsecond start: False\nthree thousand five hundred and one\n";

    private readonly FixtureApp _app = FixtureApp.Build("ApiApp", "build", "/p:PopconReporterPath=" + HookPath.Library);

    [Fact]
    public void Assemblies_loaded_before_the_call_are_the_baseline_and_only_later_packages_count()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment.Remove("DOTNET_STARTUP_HOOKS");

        var result = _app.Run(environment);

        Assert.Equal(new ProcessResult(0, Output.Replace("{0}", "True", StringComparison.Ordinal), string.Empty), result);
        var lines = listener.DrainLines();
        Report.AssertExactlyOneReport(lines, HookEnvironment.SelfLogOf(environment), Report.Humanizer);
        Assert.DoesNotContain(Report.Json, lines);
    }

    // The app carries the reporter's net8.0 library; the hook runs a build of its own (compiled
    // for the runtime, or the portable one): the app's calls still reach the hook's reporter.
    [Theory]
    [InlineData("loader")]
    [InlineData("portable")]
    public void With_the_hook_already_running_the_call_returns_false_and_everything_counts_once(string hook)
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = hook == "loader" ? HookPath.Location : HookPath.Portable;

        var result = _app.Run(environment);

        Assert.Equal(new ProcessResult(0, Output.Replace("{0}", "False", StringComparison.Ordinal), string.Empty), result);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    [Fact]
    public void POPCON_DISABLE_wins_over_the_call()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_DISABLE", "1"));
        environment.Remove("DOTNET_STARTUP_HOOKS");

        var result = _app.Run(environment);

        Assert.Equal(new ProcessResult(0, Output.Replace("{0}", "False", StringComparison.Ordinal), string.Empty), result);
        Assert.Empty(listener.Drain());
    }

    public void Dispose() => _app.Dispose();
}
