using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Faults;

/// <summary>
/// The admin's DOTNET_STARTUP_HOOKS reaches the SDK and every process it starts (MSBuild, csc).
/// A hook that printed a line would fail the build; SDK tooling must not be counted either.
/// </summary>
public sealed class WhenTheSdkBuildsWithTheHookSet
{
    [Fact]
    public void Dotnet_build_succeeds_and_no_SDK_process_sends_anything_while_dotnet_run_reports_the_app()
    {
        using var listener = new StatsdListener();
        using var root = FixtureApp.CopySource("TinyApp", out var source);
        var buildEnvironment = HookEnvironment.For(listener.Port);
        var environment = HookEnvironment.For(listener.Port);

        var build = ProcessRunner.Run("dotnet", ["build", "--disable-build-servers", "-c", "Release"], buildEnvironment, source);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(listener.Drain());
        var buildLog = HookEnvironment.SelfLogOf(buildEnvironment);
        Assert.Contains("reporter off: SDK tooling", buildLog, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter on", buildLog, StringComparison.Ordinal);

        var run = ProcessRunner.Run("dotnet", ["run", "--no-build", "-c", "Release", "--disable-build-servers"], environment, source);

        Assert.Equal(new ProcessResult(0, "[\"tiny\"]\n", string.Empty), run);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json);
    }
}
