using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

public sealed class WhenASelfContainedNet9AppRuns(SelfContainedNet9Fixture fixture) : IClassFixture<SelfContainedNet9Fixture>
{
    [Fact]
    public void It_runs_the_reporter_compiled_for_net9_and_reports_its_packages_and_runtime()
    {
        using var jit = JitList.RunCompiledHook(fixture.App);

        // The loader is compiled for .NET 10 only, so .NET 9 compiles its IL: the list is written.
        Assert.Contains(jit.Methods(), l => l.Contains("JIT compiled StartupHook:Initialize()", StringComparison.Ordinal));
    }

    [Fact]
    public void It_reports_the_net9_runtime()
    {
        using var listener = new StatsdListener();

        var result = fixture.App.Run(HookEnvironment.For(listener.Port));

        Assert.Equal(0, result.ExitCode);
        var runtime = Assert.Single(listener.DrainLines(), l => l.StartsWith("dotnet_popcon.runtime_used_total:", StringComparison.Ordinal));
        Assert.StartsWith("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:9.0.", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_listening_the_host_behaves_as_without_the_hook()
    {
        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(HookEnvironment.For(HookEnvironment.ClosedPort()));

        Assert.Equal(without, with);
    }
}
