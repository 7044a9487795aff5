using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// A self-contained net8.0 app: its own copy of the .NET 8 runtime (from the NuGet runtime pack),
/// its framework assemblies next to its code, with the shipped hook loaded into it (the loader
/// picks the reporter compiled for .NET 8).
/// </summary>
public sealed class InASelfContainedNet8App
    : IClassFixture<SharedCollector>, IClassFixture<SelfContainedNet8Fixture>
{
    private readonly SharedCollector _collector;
    private readonly SelfContainedNet8Fixture _app;

    public InASelfContainedNet8App(SharedCollector collector, SelfContainedNet8Fixture app)
    {
        _collector = collector;
        _app = app;
    }

    [Fact]
    public async Task Its_package_and_the_net8_runtime_are_reported_and_none_of_its_bundled_framework()
    {
        var output = "";
        var usage = await _collector.MeasureAsync(async () =>
        {
            var result = await ProcessRunner.RunAsync(
                _app.AppPath, [], _collector.ReporterEnvironment());
            Assert.True(result.ExitCode == 0, result.ToString());
            output = result.StandardOutput;
        });

        Assert.StartsWith("runtime: 8.0.", output, StringComparison.Ordinal);
        Assert.True(usage.Packages.Keys.SequenceEqual(["yamldotnet"]), usage.ToString());
        Assert.Equal("16.3.0", Assert.Single(usage.PackageSeries("yamldotnet")).Label("version"));
        Assert.True(usage.Reports == 1, usage.ToString());

        var runtime = Assert.Single(usage.Series(UsageDelta.RuntimeMetric));
        Assert.Equal("microsoft.netcore.app", runtime.Label("runtime"));
        Assert.StartsWith("8.0.", runtime.Label("version"), StringComparison.Ordinal);
        Assert.Equal("runtime: " + runtime.Label("version"), output.Trim());
    }
}
