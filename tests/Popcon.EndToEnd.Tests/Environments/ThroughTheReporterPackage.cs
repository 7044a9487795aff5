using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// An app that cannot set DOTNET_STARTUP_HOOKS references the Popcon.Reporter package (packed from
/// this clone) and calls <c>PopconReporter.Start()</c> itself.
/// </summary>
public sealed class ThroughTheReporterPackage
    : IClassFixture<SharedCollector>, IClassFixture<ReporterPackageFixture>
{
    private readonly SharedCollector _collector;
    private readonly ReporterPackageFixture _app;

    public ThroughTheReporterPackage(SharedCollector collector, ReporterPackageFixture app)
    {
        _collector = collector;
        _app = app;
    }

    [Fact]
    public async Task Packages_loaded_after_Start_are_reported_and_those_loaded_before_are_not()
    {
        var (usage, output) = await RunAsync(withHook: false);

        Assert.Contains("started=True", output, StringComparison.Ordinal);
        Assert.True(usage.Packages.Keys.SequenceEqual(["humanizer.core"]), usage.ToString());
        Assert.Equal("3.0.10", Assert.Single(usage.PackageSeries("humanizer.core")).Label("version"));
        Assert.True(usage.Reports == 1, usage.ToString());
    }

    [Fact]
    public async Task With_the_hook_also_set_Start_returns_false_and_the_process_reports_once_in_full()
    {
        var (usage, output) = await RunAsync(withHook: true);

        // The hook started first and counts from the beginning; the package itself never counts.
        Assert.Contains("started=False", output, StringComparison.Ordinal);
        Assert.True(usage.Packages.Keys.Order().SequenceEqual(["humanizer.core", "newtonsoft.json"]),
            usage.ToString());
        Assert.True(usage.Reports == 1, usage.ToString());
    }

    private async Task<(UsageDelta Usage, string Output)> RunAsync(bool withHook)
    {
        var output = "";
        var usage = await _collector.MeasureAsync(async () =>
        {
            var result = await ProcessRunner.RunAsync(_app.AppPath, [],
                _collector.ReporterEnvironment(withHook));
            Assert.True(result.ExitCode == 0, result.ToString());
            output = result.StandardOutput;
        });
        return (usage, output);
    }
}
