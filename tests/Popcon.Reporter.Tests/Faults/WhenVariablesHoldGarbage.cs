using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenVariablesHoldGarbage(PackagesAppFixture fixture)
{
    private const string Garbage = "\u00e9\u0001;:|#,/ -99999999999999999999 \u2603";

    [Theory]
    [InlineData("POPCON_STATSD_TAGS")]
    [InlineData("POPCON_STATSD_PREFIX")]
    [InlineData("POPCON_VERSIONS")]
    [InlineData("POPCON_FLUSH_INTERVAL")]
    [InlineData("POPCON_EXCLUDE_PROCESSES")]
    [InlineData("POPCON_DISABLE")]
    public void A_malformed_value_falls_back_to_its_default_and_the_report_still_arrives(string variable)
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, (variable, Garbage));

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }

    [Theory]
    [InlineData("POPCON_STATSD_HOST", Garbage)]
    [InlineData("POPCON_STATSD_PORT", Garbage)]
    [InlineData("POPCON_STATSD_PORT", "0")]
    [InlineData("POPCON_STATSD_PORT", "65536")]
    [InlineData("POPCON_SELFLOG", "/nonexistent-dir/\u0001/log")]
    [InlineData("DOTNET_STARTUP_HOOKS_EXTRA", Garbage)]
    public void A_malformed_address_or_log_path_leaves_the_host_unchanged(string variable, string value)
    {
        // A malformed port falls back to 8125: on ::1, so that a collector a developer runs on the
        // default 127.0.0.1:8125 while the tests run receives none of these reports.
        var environment = HookEnvironment.For(HookEnvironment.ClosedPort(), ("POPCON_STATSD_HOST", "::1"), (variable, value));

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
    }

    [Fact]
    public void Garbage_in_every_variable_at_once_leaves_the_host_unchanged()
    {
        // All but the host, kept on ::1 for the reason above; a malformed host has its own case.
        var names = new[]
        {
            "POPCON_STATSD_PORT", "POPCON_STATSD_TAGS", "POPCON_STATSD_PREFIX", "POPCON_VERSIONS",
            "POPCON_FLUSH_INTERVAL", "POPCON_EXCLUDE_PROCESSES", "POPCON_DISABLE", "PYTHON_POPCONTEST_STATSD_HOST",
            "PYTHON_POPCONTEST_STATSD_PORT",
        };
        var environment = HookEnvironment.For(
            HookEnvironment.ClosedPort(), [("POPCON_STATSD_HOST", "::1"), .. names.Select(n => (n, Garbage))]);

        var without = fixture.App.Run(environment: null, "exit");
        var with = fixture.App.Run(environment, "exit");

        Assert.Equal(without, with);
    }

    [Fact]
    public void A_malformed_value_is_named_in_the_self_log()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_FLUSH_INTERVAL", "soon"));

        fixture.App.Run(environment);

        Assert.Contains("malformed POPCON_FLUSH_INTERVAL='soon'", HookEnvironment.SelfLogOf(environment), StringComparison.Ordinal);
    }
}
