using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// Code the SDK runs directly: an F# script under <c>dotnet fsi</c> and C# file-based apps under
/// <c>dotnet run app.cs</c>. Each starts SDK processes (the CLI, MSBuild, NuGet restore, the
/// compiler) that inherit the hook too; only the user's code may report.
/// </summary>
public sealed class InTheDotnetSdk : IClassFixture<SharedCollector>, IDisposable
{
    private readonly SharedCollector _collector;
    private readonly TempDirectory _temp = new();

    public InTheDotnetSdk(SharedCollector collector) => _collector = collector;

    [Fact]
    public async Task An_fsx_script_reports_its_r_nuget_package_once()
    {
        var usage = await RunScriptAsync();

        var json = Assert.Single(usage.PackageSeries("newtonsoft.json"));
        Assert.Equal("13.0.4", json.Label("version"));
        Assert.True(usage.Grown[json] == 1, usage.ToString());

        // fsi is the only process of the run that reports; the CLI and the restore stay silent.
        Assert.True(usage.Reports == 1, usage.ToString());
    }

    [Fact]
    public async Task An_fsx_script_reports_only_its_own_packages_not_the_sdks()
    {
        // fsi's own deps.json (in the SDK folder) names the compiler and MSBuild packages it is
        // built from; they are the SDK's, like those of every other SDK process, not the user's.
        var usage = await RunScriptAsync();

        Assert.True(usage.Reports == 1, usage.ToString());
        Assert.True(usage.Packages.Keys.Order().SequenceEqual(["newtonsoft.json"]), usage.ToString());
    }

    [Fact]
    public async Task A_file_based_app_reports_its_package_and_the_sdk_processes_of_dotnet_run_nothing()
    {
        var usage = await RunFileBasedAppAsync("words.cs");

        Assert.True(usage.Packages.Keys.SequenceEqual(["humanizer.core"]), usage.ToString());
        var humanizer = Assert.Single(usage.PackageSeries("humanizer.core"));
        Assert.Equal("3.0.10", humanizer.Label("version"));
        Assert.True(usage.Grown[humanizer] == 1, usage.ToString());

        // One app process; dotnet run, MSBuild, restore and csc do not report.
        Assert.True(usage.Reports == 1, usage.ToString());
        var runtime = Assert.Single(usage.Series(UsageDelta.RuntimeMetric));
        Assert.StartsWith("10.0.", runtime.Label("version"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownLimitations_a_file_based_app_with_default_settings_reports_nothing()
    {
        // File-based apps default to PublishAot=true, which writes
        // System.StartupHookProvider.IsSupported=false into the runtimeconfig: the runtime never
        // runs the hook. `#:property StartupHookSupport=true` (see words.cs) turns it back on.
        var usage = await RunFileBasedAppAsync("plain.cs");

        Assert.True(usage.Reports == 0, usage.ToString());
        Assert.Empty(usage.Packages);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<UsageDelta> RunScriptAsync()
    {
        var folder = FixtureFiles.CopyTo("FSharpScript", _temp.File("fsx-" + Guid.NewGuid()));
        return await _collector.MeasureAsync(async () =>
        {
            var result = await FixtureFiles.DotnetAsync(["fsi", "json.fsx"],
                _collector.ReporterEnvironment(), folder);
            Assert.Contains("{\"answer\":42}", result.StandardOutput, StringComparison.Ordinal);
        });
    }

    private async Task<UsageDelta> RunFileBasedAppAsync(string file)
    {
        var folder = FixtureFiles.CopyTo("FileBasedApp", _temp.File("cs-" + Guid.NewGuid()));
        return await _collector.MeasureAsync(async () =>
        {
            // A private artifacts path: nothing lands in the user's runfile cache.
            await FixtureFiles.DotnetAsync(
                ["run", "--file", file, "--artifacts-path", Path.Combine(folder, "artifacts")],
                _collector.ReporterEnvironment(), folder);
        });
    }
}
