using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests;

/// <summary>Every usage error is one plain line plus a help hint for the command called.</summary>
public sealed class WhenArgumentsAreWrong
{
    [Theory]
    [InlineData("popcon: Argument 'xml' not recognized. Must be one of 'table' 'json' 'csv'\n"
        + "Run 'popcon report --help' for usage.\n", "report", "--format", "xml")]
    [InlineData("popcon: Cannot parse argument 'abc' for option '--days' as a whole number.\n"
        + "Run 'popcon report --help' for usage.\n", "report", "--days", "abc")]
    [InlineData("popcon: Unrecognized command or argument 'bogus'.\n"
        + "Run 'popcon --help' for usage.\n", "bogus")]
    public async Task The_error_is_one_line_without_type_names_and_points_at_the_right_help(
        string expected, params string[] args)
    {
        var result = await PopconCli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Replace("\r", "", StringComparison.Ordinal));
    }
}
