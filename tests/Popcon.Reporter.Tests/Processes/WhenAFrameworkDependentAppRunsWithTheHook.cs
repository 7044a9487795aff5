using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenAFrameworkDependentAppRunsWithTheHook(PackagesAppFixture fixture)
{
    [Fact]
    public void It_reports_each_package_by_its_deps_json_id_and_version_plus_runtime_and_report()
    {
        using var listener = new StatsdListener();

        var result = fixture.App.Run(HookEnvironment.For(listener.Port));

        Assert.Equal(0, result.ExitCode);
        var lines = listener.DrainLines();
        Assert.Equal(
            new[]
            {
                "dotnet_popcon.package_used_total:1|c|#package:humanizer.core,version:3.0.10",
                "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
                "dotnet_popcon.reports_total:1|c",
                PackagesAppFixture.ExpectedRuntimeLine,
            }.Order(StringComparer.Ordinal),
            lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Its_exit_code_stdout_and_stderr_are_those_of_a_run_without_the_hook()
    {
        using var listener = new StatsdListener();

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(HookEnvironment.For(listener.Port));

        Assert.Equal(without, with);
        Assert.NotEmpty(listener.Drain());
    }

    [Fact]
    public void Plain_mode_sends_identity_in_the_metric_name()
    {
        using var listener = new StatsdListener();

        fixture.App.Run(HookEnvironment.For(listener.Port, ("POPCON_STATSD_TAGS", "none")));

        var lines = listener.DrainLines();
        Assert.Contains("dotnet_popcon.package_used.humanizer.core/3.0.10:1|c", lines);
        Assert.Contains("dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c", lines);
        Assert.Contains("dotnet_popcon.reports:1|c", lines);
    }
}
