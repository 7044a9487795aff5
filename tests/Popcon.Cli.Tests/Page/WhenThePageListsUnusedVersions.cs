using Popcon.Cli.Tests.Fixtures;
using Popcon.Collector.Web;

namespace Popcon.Cli.Tests.Page;

public sealed class WhenThePageListsUnusedVersions : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KnownLimitations_a_rarely_used_installed_version_is_in_neither_list()
    {
        var tree = new InstalledTree(_directory.Path);
        tree.NuGetPackage("packages", "Rare.Lib", "1.0.0", 1_000);
        tree.NuGetPackage("packages", "Never.Lib", "1.0.0", 1_000);
        var db = _directory.File("popcon.db");
        using (var store = StoreFixtureWriter.Create(db))
        {
            store.Process("2026-03-30", ("rare.lib", "1.0.0"));
        }

        await using var host = await PageHost.StartAsync(new PopconPageOptions
        {
            DatabasePath = db,
            DefaultMinCount = 5,
            InventoryPaths = [Path.Combine(_directory.Path, "packages")],
            Clock = new FixedClock(new DateOnly(2026, 3, 31)),
        });
        using var http = new HttpClient();
        var html = await http.GetStringAsync(host.BaseUri);

        // Hidden from the packages table by the threshold, absent from the unused list because it
        // was used: a visitor can tell it was used a little (docs/privacy.md).
        Assert.Contains("1 package hidden", html, StringComparison.Ordinal);
        Assert.Contains("never.lib", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rare.lib", html, StringComparison.Ordinal);
    }
}
