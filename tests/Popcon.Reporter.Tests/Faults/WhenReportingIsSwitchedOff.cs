using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenReportingIsSwitchedOff(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("POPCON_DISABLE", "1")]
    [InlineData("POPCON_EXCLUDE_PROCESSES", "other, PackagesApp")]
    [InlineData("POPCON_EXCLUDE_PROCESSES", "dotnet")]
    public void Nothing_is_sent_and_the_self_log_says_why(string variable, string value)
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, (variable, value));

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Assert.Empty(listener.Drain());
        Assert.Contains("reporter off", HookEnvironment.SelfLogOf(environment), StringComparison.Ordinal);
    }
}
