using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenNothingListens(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("normal")]
    [InlineData("exit")]
    [InlineData("throw")]
    public void A_closed_loopback_port_answering_ICMP_unreachable_leaves_the_host_unchanged(string mode)
    {
        var port = HookEnvironment.ClosedPort();

        var without = fixture.App.Run(environment: null, mode);
        var with = fixture.App.Run(HookEnvironment.For(port), mode);

        Assert.Equal(without, with);
    }

    [Fact]
    public void A_host_name_that_does_not_resolve_leaves_the_host_unchanged_and_sends_nothing()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_STATSD_HOST", "popcon.invalid"));

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Assert.Empty(listener.Drain());
        Assert.Contains("statsd address unknown, nothing sent", HookEnvironment.SelfLogOf(environment), StringComparison.Ordinal);
    }

    [Fact]
    public void An_IPv6_loopback_literal_is_used_without_any_lookup()
    {
        using var listener = new StatsdListener(System.Net.IPAddress.IPv6Loopback);
        var environment = HookEnvironment.For(listener.Port, ("POPCON_STATSD_HOST", "::1"));

        fixture.App.Run(environment);

        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
