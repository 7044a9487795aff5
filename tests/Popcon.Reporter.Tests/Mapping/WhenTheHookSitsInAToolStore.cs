using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>
/// popcon installed as a dotnet tool carries its hook inside the tool store, where every file
/// counts as the tool's package. The loader and either reporter build are popcon, not a package
/// the app chose: a process run with that hook reports the app's packages and nothing of popcon.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheHookSitsInAToolStore(PackagesAppFixture fixture)
{
    private const string StoreHook = ".store/popcon/0.1.0/popcon/0.1.0/tools/net10.0/any/hook";

    [Theory]
    [InlineData("loader", true)]
    [InlineData("loader", false)]
    [InlineData("portable", true)]
    public void The_report_holds_the_apps_packages_and_no_popcon_package(string entry, bool withCompiledBuilds)
    {
        using var listener = new StatsdListener();
        using var hook = HookCopy.Create(StoreHook, withCompiledBuilds);
        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = entry == "loader" ? hook.Location : hook.Portable;

        var result = fixture.App.Run(environment);

        Assert.Equal(0, result.ExitCode);
        var lines = listener.DrainLines();
        Assert.DoesNotContain(lines, l => l.Contains("package:popcon", StringComparison.Ordinal));
        Report.AssertExactlyOneReport(lines, HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
