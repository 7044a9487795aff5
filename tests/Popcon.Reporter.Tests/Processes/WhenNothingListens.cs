using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenNothingListens(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("normal")]
    [InlineData("exit")]
    public void The_app_exits_with_the_same_code_stdout_and_stderr_as_without_the_hook(string mode)
    {
        var port = HookEnvironment.ClosedPort();

        var without = fixture.App.Run(environment: null, mode);
        var with = fixture.App.Run(HookEnvironment.For(port), mode);

        Assert.Equal(without, with);
    }
}
