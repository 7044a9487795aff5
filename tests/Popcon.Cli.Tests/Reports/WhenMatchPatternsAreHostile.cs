using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

/// <summary>
/// A glob with many stars against a long value is the classic catastrophic backtracking case;
/// visitors of the page can type one.
/// </summary>
public sealed class WhenMatchPatternsAreHostile : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _db;

    public WhenMatchPatternsAreHostile()
    {
        _db = _directory.File("popcon.db");
        using var store = StoreFixtureWriter.Create(_db);
        store.Process("2026-03-31", (new string('a', 120), "1.0.0"));
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_glob_with_many_stars_is_matched_and_finds_nothing()
    {
        var pattern = string.Concat(Enumerable.Repeat("*a", 60)) + "*b";

        var result = await PopconCli.RunAsync(
            "report", "--db", _db, "--until", "2026-03-31", "--format", "csv", "--match", pattern);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("package,processes,share,firstDay,lastDay\n", result.Stdout);
    }
}
