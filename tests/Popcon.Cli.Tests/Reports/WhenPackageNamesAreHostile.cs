using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

/// <summary>Any local process can send any package name; every format must carry it safely.</summary>
public sealed class WhenPackageNamesAreHostile : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _db;

    public WhenPackageNamesAreHostile()
    {
        _db = _directory.File("popcon.db");
        using var store = StoreFixtureWriter.Create(_db);
        store.Process("2026-03-31", ("<script>alert(1)</script>", "1.0.0"));
        store.Process("2026-03-31", ("comma,\"quoted\"", "1.0.0"));
        store.Process("2026-03-31", ("=cmd|' /c calc'!a1", "1.0.0"));
        store.Process("2026-03-31", ("bell\u001b[31mred", "1.0.0"));
    }

    public void Dispose() => _directory.Dispose();

    private Task<CliResult> Report(string format) =>
        PopconCli.RunAsync("report", "--db", _db, "--until", "2026-03-31", "--format", format);

    [Fact]
    public async Task Csv_quotes_separators_and_defuses_formulas()
    {
        var result = await Report("csv");

        Assert.Equal(
            "package,processes,share,firstDay,lastDay\n" +
            "<script>alert(1)</script>,1,0.25,2026-03-31,2026-03-31\n" +
            "'=cmd|' /c calc'!a1,1,0.25,2026-03-31,2026-03-31\n" +
            "bell\u001b[31mred,1,0.25,2026-03-31,2026-03-31\n" +
            "\"comma,\"\"quoted\"\"\",1,0.25,2026-03-31,2026-03-31\n",
            result.Stdout);
    }

    [Fact]
    public async Task Json_escapes_markup_and_control_characters()
    {
        var result = await Report("json");

        Assert.Contains("\"package\":\"\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\"", result.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("\"package\":\"bell\\u001B[31mred\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"package\":\"comma,\\u0022quoted\\u0022\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_never_sends_an_escape_sequence_to_the_terminal()
    {
        var result = await Report("table");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.Contains("bell\\u001b[31mred", result.Stdout, StringComparison.Ordinal);
    }
}
