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

    [Fact]
    public void The_python_reporter_variables_steer_it_when_the_popcon_ones_are_unset()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);
        environment.Remove("POPCON_STATSD_HOST");
        environment.Remove("POPCON_STATSD_PORT");
        environment["PYTHON_POPCONTEST_STATSD_HOST"] = "localhost";
        environment["PYTHON_POPCONTEST_STATSD_PORT"] = listener.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        fixture.App.Run(environment);

        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    [Fact]
    public void A_prefix_and_no_versions_shape_every_line()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_STATSD_PREFIX", "acme.popcon"), ("POPCON_VERSIONS", "0"));

        fixture.App.Run(environment);

        Assert.Equal(
            new[]
            {
                "acme.popcon.package_used_total:1|c|#package:humanizer.core",
                "acme.popcon.package_used_total:1|c|#package:newtonsoft.json",
                "acme.popcon.reports_total:1|c",
                "acme.popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app",
            },
            listener.DrainLines().Order(StringComparer.Ordinal));
    }
}
