using Microsoft.Playwright;
using Popcon.Cli.Tests.Fixtures;
using Popcon.Collector.Web;

namespace Popcon.Cli.Tests.Page;

/// <summary>
/// The page served in-process on a loopback port over a store with usage relative to today, an
/// inventory folder, a privacy threshold of 2, and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class PageFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string HostileName = "<script>alert(1)</script>";

    /// <summary>The page's "today": fixed, so screenshots only change when the page does.</summary>
    public static readonly DateOnly Today = new(2026, 3, 31);

    private readonly TempDirectory _directory = new();
    private PageHost? _host;
    private IPlaywright? _playwright;

    public Uri BaseUri { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string DatabasePath => _directory.File("popcon.db");

    public InstalledTree Tree { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        WriteStore();
        Tree = new InstalledTree(_directory.Path);
        Tree.NuGetPackage("packages", "Newtonsoft.Json", "13.0.3", 70_000);
        Tree.NuGetPackage("packages", "Newtonsoft.Json", "12.0.1", 60_000);

        _host = await PageHost.StartAsync(new PopconPageOptions
        {
            DatabasePath = DatabasePath,
            DefaultMinCount = 2,
            InventoryPaths = [Path.Combine(_directory.Path, "packages")],
            Clock = new FixedClock(Today),
        });
        BaseUri = _host.BaseUri;

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A page in a fresh context with script turned off: the page must not need it.</summary>
    public async Task<IPage> OpenAsync(string relative = "")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1200, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => DialogOpened = dialog.Message;
        var response = await page.GotoAsync(new Uri(BaseUri, relative).ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    public string? DialogOpened { get; private set; }

    public static string Day(int daysAgo) =>
        StoreFixtureWriter.Day(Today.AddDays(-daysAgo));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _directory.Dispose();
    }

    // Eleven processes: newtonsoft.json 5, logging 3, the hostile name 2, serilog 2 (20 days
    // ago), rare.package 1 (below the threshold of 2).
    private void WriteStore()
    {
        using var store = StoreFixtureWriter.Create(DatabasePath);
        const string Json = "newtonsoft.json", Logging = "microsoft.extensions.logging";
        store.Process(Day(1), (Json, "13.0.3"), (HostileName, "1.0.0"), ("rare.package", "0.1.0"));
        store.Process(Day(1), (Json, "13.0.3"), (HostileName, "1.0.0"));
        store.Process(Day(2), (Json, "13.0.3"), (Logging, "10.0.0"));
        store.Process(Day(4), (Json, "13.0.3"), (Logging, "10.0.0"));
        store.Process(Day(9), (Json, "13.0.3"), (Logging, "10.0.0"));
        store.Process(Day(20), ("serilog", "4.0.0"));
        store.Process(Day(20), ("serilog", "4.0.0"));
        foreach (var day in new[] { 1, 1, 2, 4, 9, 20 })
        {
            store.Add("dotnet_popcon_runtime_used_total", Day(day), 1,
                "runtime", "microsoft.netcore.app", "version", "10.0.12");
        }

        store.Add("dotnet_popcon_runtime_used_total", Day(20), 1,
            "runtime", "microsoft.netcore.app", "version", "8.0.11");
    }
}
