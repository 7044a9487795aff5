using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// The shipped hook on .NET 10: the loader finds hook/net10.0-linux-x64/ and runs the reporter
/// compiled ahead of time there, so the runtime compiles none of the reporter's methods.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheHookPicksACompiledBuild(PackagesAppFixture fixture)
{
    [Fact]
    public void The_report_arrives_and_the_jit_compiles_no_reporter_method_only_the_loader()
    {
        using var listener = new StatsdListener();
        using var jit = new JitList();
        var environment = jit.AddTo(HookEnvironment.For(listener.Port));

        var result = fixture.App.Run(environment);

        Assert.Equal(0, result.ExitCode);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
        // The loader itself is plain IL: seeing it listed proves the list is written at all.
        Assert.Contains(jit.Methods(), l => l.Contains("JIT compiled StartupHook:Initialize()", StringComparison.Ordinal));
        Assert.True(jit.ReporterMethodsCompiledFirstByTheJit().Count == 0, jit.Text());
    }
}
