using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class WhenAPluginIsLoadedIntoACollectibleContext : IDisposable
{
    private readonly FixtureApp _plugin = FixtureApp.Build("Plugin", "build");
    private readonly FixtureApp _host = FixtureApp.Build("PluginHost", "build");

    [Fact]
    public void Its_packages_count_after_unloading_and_a_package_in_two_contexts_counts_once()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);

        var result = _host.Run(environment, Path.Combine(_plugin.OutputDirectory, "Plugin.dll"));

        Assert.Equal(new ProcessResult(0, "\"host\"\n[\"forty-two\"]\nunloaded: True\n", string.Empty), result);
        var lines = listener.DrainLines();
        Report.AssertExactlyOneReport(lines, HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
        Assert.Equal(4, lines.Count);
    }

    public void Dispose()
    {
        _plugin.Dispose();
        _host.Dispose();
    }
}
