using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// A real .NET Core 3.1 process, which runs startup hooks but is older than any runtime the
/// reporter serves: the loader returns before loading anything, and the host cannot tell.
/// </summary>
public sealed class WhenTheRuntimeIsOlderThanNet8(Net31AppFixture fixture) : IClassFixture<Net31AppFixture>
{
    [Fact]
    public void The_host_behaves_byte_for_byte_as_without_the_hook_and_nothing_is_sent()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(new ProcessResult(3, "runtime: 3.1.3\n", "stderr line from the app\n"), without);
        Assert.Equal(without, with);
        Assert.Empty(listener.Drain());
        // The loader stops before it loads the reporter, which would have logged why it is off.
        Assert.Equal("(no self-log)", HookEnvironment.SelfLogOf(environment));
    }

    [Fact]
    public void The_portable_reporter_named_directly_runs_there_and_only_logs_that_it_is_off()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = HookPath.Portable;

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Assert.Empty(listener.Drain());
        Assert.Contains("reporter off: runtime 3.1.3 is older than 8", HookEnvironment.SelfLogOf(environment), StringComparison.Ordinal);
    }
}
