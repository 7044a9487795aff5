using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests;

public sealed class WhenAskingForHelp
{
    [Fact]
    public async Task The_reporting_commands_are_listed_and_the_probe_is_not()
    {
        var result = await PopconCli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "hook", "report", "unused", "doctor" })
        {
            Assert.Contains("\n  " + command + " ", result.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("doctor-probe", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_probe_command_itself_does_nothing_and_succeeds()
    {
        var result = await PopconCli.RunAsync("doctor-probe");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }
}
