using System.Text.Json;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests;

/// <summary>
/// The whole chain on real input: apps that use real NuGet packages run as separate processes with
/// the real hook, a real <c>popcon serve</c> receives their datagrams over loopback UDP, and
/// <c>popcon report</c> reads the database it wrote.
/// </summary>
public sealed class MainJobTests : IClassFixture<ExampleAppsFixture>
{
    private readonly ExampleAppsFixture _apps;

    public MainJobTests(ExampleAppsFixture apps) => _apps = apps;

    [Fact]
    public async Task Report_lists_exactly_the_packages_each_app_loaded_once_per_run()
    {
        using var temp = new TempDirectory();
        await using var collector = await CollectorProcess.StartAsync(temp.File("popcon.db"));
        var runs = new (string App, string[] Args, int Times)[]
        {
            ("JsonApp", [], 3),
            ("HumanizerApp", [], 2),
            ("YamlApp", [], 2),
            // References three packages, loads only Newtonsoft.Json in this run.
            ("MultiApp", ["json"], 1),
        };

        foreach (var (app, args, times) in runs)
        {
            for (var i = 0; i < times; i++)
            {
                var result = await ProcessRunner.RunAsync(
                    _apps.AppPath(app), args, HookEnvironment(collector));
                Assert.True(result.ExitCode == 0, result.ToString());
            }
        }

        await WaitForReportsAsync(collector, expected: 8);
        Assert.Equal(0, await collector.StopAsync());

        var report = await ProcessRunner.RunAsync("dotnet",
            [RepoPaths.PopconDll, "report", "--db", collector.DatabasePath, "--format", "json", "--all"]);
        Assert.True(report.ExitCode == 0, report.ToString());

        var packages = ReadPackages(report.StandardOutput);
        var expected = new Dictionary<string, long>
        {
            ["humanizer.core"] = 2,
            ["newtonsoft.json"] = 4,
            ["yamldotnet"] = 2,
        };
        Assert.Equal(expected, packages);

        // The same store, through every output format, against golden files: the whole path
        // from hook to report, byte for byte.
        var day = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (format, file) in new[] { ("table", "main-job.txt"), ("json", "main-job.json"), ("csv", "main-job.csv") })
        {
            var output = await ProcessRunner.RunAsync("dotnet",
                [RepoPaths.PopconDll, "report", "--db", collector.DatabasePath, "--format", format, "--all"]);
            var golden = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", file)))
                .Replace("{day}", day, StringComparison.Ordinal);
            Assert.Equal(golden, output.StandardOutput);
        }
    }

    [Fact]
    public async Task A_process_with_the_hook_and_no_collector_behaves_exactly_as_without_it()
    {
        var closedPort = ClosedUdpPort.Find();
        var app = _apps.AppPath("MultiApp");
        string[] args = ["json", "words", "fail"];

        var plain = await ProcessRunner.RunAsync(app, args);
        var hooked = await ProcessRunner.RunAsync(app, args, new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = RepoPaths.HookDll,
            ["POPCON_STATSD_HOST"] = "127.0.0.1",
            ["POPCON_STATSD_PORT"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(3, plain.ExitCode);
        Assert.Equal(plain, hooked);
    }

    private static Dictionary<string, string> HookEnvironment(CollectorProcess collector) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = RepoPaths.HookDll,
        ["POPCON_STATSD_HOST"] = collector.UdpEndPoint.Address.ToString(),
        ["POPCON_STATSD_PORT"] =
            collector.UdpEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, long> ReadPackages(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("packages").EnumerateArray().ToDictionary(
            p => p.GetProperty("package").GetString()!,
            p => p.GetProperty("processes").GetInt64());
    }

    /// <summary>
    /// Waits until the collector has counted every process's report, so the test never races the
    /// UDP path. The deadline is generous: it guards against a hang, it measures nothing.
    /// </summary>
    private static async Task WaitForReportsAsync(CollectorProcess collector, int expected)
    {
        using var http = new HttpClient { BaseAddress = collector.WebAddress };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await http.GetStringAsync("/metrics");
            var line = last.Split('\n').FirstOrDefault(
                l => l.StartsWith("dotnet_popcon_reports_total ", StringComparison.Ordinal));
            if (line != null && double.Parse(line.Split(' ')[1],
                    System.Globalization.CultureInfo.InvariantCulture) >= expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"collector never counted {expected} reports:\n{last}\n{collector.Output}");
    }
}
