using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

public sealed class WhenTheStoreIsMissingOrWrong : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_missing_database_is_one_plain_line_and_exit_1()
    {
        var path = _directory.File("absent.db");

        var result = await PopconCli.RunAsync("report", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"popcon: no database at {path}; start 'popcon serve' first or pass --db\n",
            result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.False(File.Exists(path), "a report must not create the database");
    }

    [Fact]
    public async Task The_default_database_comes_from_POPCON_DB()
    {
        var path = _directory.File("from-env.db");

        var result = await PopconCli.RunAsync(
            ["report"], new Dictionary<string, string?> { ["POPCON_DB"] = path });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no database at {path};", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_one_plain_line_and_exit_1()
    {
        var path = _directory.File("notes.db");
        await File.WriteAllTextAsync(path, "these are not the tables you are looking for\n");

        var result = await PopconCli.RunAsync("report", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"popcon: {path} is not a popcon database", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_sqlite_file_without_popcon_meta_is_refused()
    {
        var path = _directory.File("other.db");
        StoreFixtureWriter.CreateWithoutMeta(path).Dispose();

        var result = await PopconCli.RunAsync("report", "--db", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"popcon: {path} is not a popcon database (its meta table does not say application=popcon)\n",
            result.Stderr);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    [InlineData("--format", "xml")]
    [InlineData("--until", "31/03/2026")]
    [InlineData("--min-count", "-1")]
    public async Task Bad_options_are_usage_errors_with_exit_2(string option, string value)
    {
        var result = await PopconCli.RunAsync("report", "--db", _directory.File("x.db"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_and_all_together_are_a_usage_error()
    {
        var result = await PopconCli.RunAsync("report", "--days", "7", "--all");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--days and --all cannot be used together", result.Stderr, StringComparison.Ordinal);
    }
}
