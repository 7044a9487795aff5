using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

public sealed class WhenASelfContainedNet9AppRuns(SelfContainedNet9Fixture fixture) : IClassFixture<SelfContainedNet9Fixture>
{
    [Fact]
    public void It_runs_the_reporter_compiled_for_net9_and_reports_its_packages_and_runtime()
    {
        using var listener = new StatsdListener();
        using var jit = new JitList();
        var environment = jit.AddTo(HookEnvironment.For(listener.Port));

        var result = fixture.App.Run(environment);

        Assert.Equal(0, result.ExitCode);
        var lines = listener.DrainLines();
        var runtime = Assert.Single(lines, l => l.StartsWith("dotnet_popcon.runtime_used_total:", StringComparison.Ordinal));
        Assert.StartsWith("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:9.0.", runtime, StringComparison.Ordinal);
        Report.AssertExactlyOneReport(lines, HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);

        // The loader is compiled for .NET 10 only, so .NET 9 compiles its IL: the list is written.
        Assert.Contains(jit.Methods(), l => l.Contains("JIT compiled StartupHook:Initialize()", StringComparison.Ordinal));
        Assert.True(jit.ReporterMethodsCompiledFirstByTheJit().Count == 0, jit.Text());
    }

    [Fact]
    public void With_nothing_listening_the_host_behaves_as_without_the_hook()
    {
        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(HookEnvironment.For(HookEnvironment.ClosedPort()));

        Assert.Equal(without, with);
    }
}
