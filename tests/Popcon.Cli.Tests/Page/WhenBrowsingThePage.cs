using Microsoft.Playwright;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Page;

public sealed class WhenBrowsingThePage(PageFixture site) : IClassFixture<PageFixture>
{
    private static async Task<List<string>> FirstCellsAsync(IPage page, string table) =>
        (await page.Locator($"#{table} tbody tr td:first-child").AllTextContentsAsync()).ToList();

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepositoryRoot.Path, "docs", "images", $"page-{name}.png"),
            FullPage = true,

            // The fixture's temp folder changes every run; covering it keeps the images stable.
            Mask = [page.Locator("#unused td:last-child")],
            MaskColor = "#d9dee5",
        });

    [Fact]
    public async Task The_page_lists_packages_most_used_first_with_their_numbers()
    {
        var page = await site.OpenAsync();

        Assert.Equal(
            ["newtonsoft.json", "microsoft.extensions.logging", PageFixture.HostileName, "serilog"],
            await FirstCellsAsync(page, "packages"));
        var first = await page.Locator("#packages tbody tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal(["newtonsoft.json", "5", "71.4%", PageFixture.Day(9), PageFixture.Day(1)], first.Take(5));
        Assert.Contains("Last 30 days", await page.Locator("#summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("7 reporting processes", await page.Locator("#summary").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotAsync(page, "overview");
    }

    [Fact]
    public async Task The_top_chart_and_a_daily_chart_per_package_are_drawn()
    {
        var page = await site.OpenAsync();

        Assert.Equal(4, await page.Locator("svg.top-chart rect").CountAsync());
        Assert.Equal(4, await page.Locator("#packages tbody tr svg.daily").CountAsync());
        var jsonBars = page.Locator("#packages tbody tr").First.Locator("svg.daily rect");
        Assert.Equal(4, await jsonBars.CountAsync());
        Assert.True(await page.Locator("svg.top-chart").IsVisibleAsync());
    }

    [Fact]
    public async Task The_window_selector_narrows_the_rows_without_script()
    {
        var page = await site.OpenAsync();

        await page.Locator("#days").SelectOptionAsync("7");
        await page.Locator("#show").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("days=7", StringComparison.Ordinal));

        // logging drops to 2 processes and ties with the hostile name, which sorts first.
        Assert.Equal(
            ["newtonsoft.json", PageFixture.HostileName, "microsoft.extensions.logging"],
            await FirstCellsAsync(page, "packages"));
        Assert.Contains("Last 7 days", await page.Locator("#summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("7", await page.Locator("#days").InputValueAsync());
        await ScreenshotAsync(page, "window-7-days");
    }

    [Fact]
    public async Task Search_keeps_matching_rows_and_the_hidden_count_does_not_move()
    {
        var page = await site.OpenAsync();

        await page.Locator("#q").FillAsync("newton");
        await page.Locator("#show").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=newton", StringComparison.Ordinal));

        Assert.Equal(["newtonsoft.json"], await FirstCellsAsync(page, "packages"));
        Assert.Equal("newton", await page.Locator("#q").InputValueAsync());
        Assert.Equal("1 package hidden: each used by fewer than 2 processes.",
            await page.Locator("#hidden").TextContentAsync());
        await ScreenshotAsync(page, "search");
    }

    [Fact]
    public async Task A_package_name_that_looks_like_html_is_shown_as_text()
    {
        var page = await site.OpenAsync("?q=" + Uri.EscapeDataString("<script>"));

        Assert.Equal([PageFixture.HostileName], await FirstCellsAsync(page, "packages"));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal("<script>", await page.Locator("#q").InputValueAsync());
        Assert.Null(site.DialogOpened);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_threshold_hides_rare_packages_and_runtimes_and_says_how_many()
    {
        var page = await site.OpenAsync();

        Assert.DoesNotContain("rare.package", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("1 package hidden: each used by fewer than 2 processes.",
            await page.Locator("#hidden").TextContentAsync());
        Assert.Equal(["microsoft.netcore.app"], await FirstCellsAsync(page, "runtimes"));
        Assert.Equal("1 runtime version hidden: each used by fewer than 2 processes.",
            await page.Locator("#hidden-runtimes").TextContentAsync());
    }

    [Fact]
    public async Task A_visitor_can_raise_the_threshold_but_never_lower_it()
    {
        var lowered = await site.OpenAsync("?min_count=0");
        var raised = await site.OpenAsync("?min_count=3");

        Assert.DoesNotContain("rare.package", await lowered.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal("2", await lowered.Locator("#min_count").InputValueAsync());
        Assert.Equal(["newtonsoft.json", "microsoft.extensions.logging"], await FirstCellsAsync(raised, "packages"));
        Assert.Equal("3 packages hidden: each used by fewer than 3 processes.",
            await raised.Locator("#hidden").TextContentAsync());
    }

    [Fact]
    public async Task Runtime_versions_are_listed()
    {
        var page = await site.OpenAsync("?days=all");

        var cells = await page.Locator("#runtimes tbody tr").First.Locator("td").AllTextContentsAsync();
        Assert.Equal(["microsoft.netcore.app", "10.0.12", "6"], cells.Take(3));
    }

    [Fact]
    public async Task Installed_versions_nobody_used_are_listed_with_their_size()
    {
        var page = await site.OpenAsync();

        var rows = await page.Locator("#unused tbody tr").AllAsync();
        Assert.Single(rows);
        var cells = await rows[0].Locator("td").AllTextContentsAsync();
        Assert.Equal(["nuget", "newtonsoft.json", "12.0.1", "never"], cells.Skip(1).Take(4));
        Assert.EndsWith("KiB", cells[0], StringComparison.Ordinal);
        await ScreenshotAsync(page, "unused");
    }

    [Fact]
    public async Task The_download_links_return_what_is_shown()
    {
        var page = await site.OpenAsync("?days=7&q=newton");

        var csvHref = await page.Locator("#download-csv").GetAttributeAsync("href");
        var jsonHref = await page.Locator("#download-json").GetAttributeAsync("href");
        using var http = new HttpClient();
        var csv = await http.GetStringAsync(new Uri(site.BaseUri, csvHref));
        var json = await http.GetStringAsync(new Uri(site.BaseUri, jsonHref));

        Assert.Equal(
            "package,processes,share,firstDay,lastDay\n" +
            $"newtonsoft.json,4,1,{PageFixture.Day(4)},{PageFixture.Day(1)}\n",
            csv);
        Assert.Contains("\"window\":{\"days\":7,", json, StringComparison.Ordinal);
        Assert.EndsWith("\"hidden\":1}\n", json, StringComparison.Ordinal);
    }
}
