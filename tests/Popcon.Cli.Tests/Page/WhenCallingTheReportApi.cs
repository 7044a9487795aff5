using System.Net;
using Popcon.Cli.Tests.Fixtures;
using Popcon.Collector.Web;

namespace Popcon.Cli.Tests.Page;

public sealed class WhenCallingTheReportApi : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly HttpClient _http = new();
    private PageHost _host = null!;

    public async Task InitializeAsync()
    {
        ReportStores.WriteStandard(_directory.File("popcon.db"));
        _host = await PageHost.StartAsync(new PopconPageOptions
        {
            DatabasePath = _directory.File("popcon.db"),
            DefaultMinCount = 2,
            Clock = new FixedClock(new DateOnly(2026, 3, 31)),
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _http.Dispose();
        _directory.Dispose();
    }

    private Task<HttpResponseMessage> Get(string relative) => _http.GetAsync(new Uri(_host.BaseUri, relative));

    [Fact]
    public async Task Json_is_the_report_shape_with_the_configured_threshold_applied()
    {
        var body = await _http.GetStringAsync(new Uri(_host.BaseUri, "api/report?days=30"));

        Assert.Equal(Golden.Read("report-min-count-2.json"), body);
    }

    [Fact]
    public async Task Csv_lists_the_visible_rows()
    {
        using var response = await Get("api/report?format=csv&min_count=3");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            "package,processes,share,firstDay,lastDay\nnewtonsoft.json,3,0.75,2026-03-10,2026-03-31\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Asking_for_a_lower_threshold_still_hides_rare_packages()
    {
        var body = await _http.GetStringAsync(new Uri(_host.BaseUri, "api/report?min_count=0"));

        Assert.DoesNotContain("serilog", body, StringComparison.Ordinal);
        Assert.EndsWith("\"hidden\":1}\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/report?days=0", "days must be 'all' or a whole number from 1 to 3650")]
    [InlineData("api/report?days=ten", "days must be 'all' or a whole number from 1 to 3650")]
    [InlineData("api/report?min_count=-1", "min_count must be a whole number")]
    [InlineData("api/report?format=xml", "format must be json or csv")]
    public async Task Bad_parameters_are_400_with_one_plain_line(string relative, string message)
    {
        using var response = await Get(relative);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_forbids_scripts_and_outside_requests()
    {
        using var response = await Get("");

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_missing_database_is_503_with_a_plain_message_on_page_and_api()
    {
        var missing = _directory.File("absent.db");
        await using var host = await PageHost.StartAsync(new PopconPageOptions { DatabasePath = missing });

        using var page = await _http.GetAsync(new Uri(host.BaseUri, ""));
        using var api = await _http.GetAsync(new Uri(host.BaseUri, "api/report"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains($"no database at {missing}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(
            $"{{\"error\":\"no database at {missing}; start \\u0027popcon serve\\u0027 first or pass --db\"}}\n",
            await api.Content.ReadAsStringAsync());
        Assert.False(File.Exists(missing));
    }
}
