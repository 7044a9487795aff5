using System.Text.Json;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

/// <summary>
/// Any local process can send a counter near double.MaxValue; summing two such series must not
/// reach +Inf, which JSON cannot carry.
/// </summary>
public sealed class WhenCountsAreHuge : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _db;

    public WhenCountsAreHuge()
    {
        _db = _directory.File("popcon.db");
        using var store = StoreFixtureWriter.Create(_db);
        const string metric = "dotnet_popcon_package_used_total";
        store.Add("dotnet_popcon_reports_total", "2026-03-31", 1e308);
        store.Add("dotnet_popcon_reports_total", "2026-03-31", 1e308, "host", "b");
        store.Add(metric, "2026-03-31", 1e308, "package", "big", "version", "1.0.0");
        store.Add(metric, "2026-03-31", 1e308, "package", "big", "version", "2.0.0");
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("--days", "30")]
    [InlineData("--all", "")]
    public async Task The_json_report_saturates_at_the_largest_finite_count(string window, string value)
    {
        string[] args = ["report", "--db", _db, "--until", "2026-03-31", "--format", "json", window];
        var result = await PopconCli.RunAsync(value.Length > 0 ? [.. args, value] : args);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var row = doc.RootElement.GetProperty("packages")[0];
        Assert.Equal(double.MaxValue, row.GetProperty("processes").GetDouble());
        Assert.Equal(double.MaxValue, doc.RootElement.GetProperty("reports").GetDouble());
        Assert.Equal(1, row.GetProperty("share").GetDouble());
    }
}
