using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// A notebook kernel: the real <c>dotnet-interactive</c> tool (installed by
/// scripts/install-test-deps.sh into .tools/) in stdio mode, as editors drive it, restoring a
/// package with <c>#r "nuget: ..."</c> and using it.
/// </summary>
public sealed class InDotnetInteractive : IClassFixture<SharedCollector>
{
    private readonly SharedCollector _collector;

    public InDotnetInteractive(SharedCollector collector) => _collector = collector;

    [Fact]
    public async Task A_package_added_with_r_nuget_is_reported_by_the_kernel_once()
    {
        var environment = KernelEnvironment();

        var usage = await _collector.MeasureAsync(async () =>
        {
            await using var kernel = InteractiveKernel.Start(Tool(), environment);
            await kernel.SubmitCSharpAsync("#r \"nuget: YamlDotNet, 16.3.0\"");
            await kernel.SubmitCSharpAsync(
                "var yaml = new YamlDotNet.Serialization.SerializerBuilder().Build()"
                + ".Serialize(new { cells = 2 });\n"
                + "if (!yaml.Contains(\"cells: 2\")) throw new Exception(yaml);");
            Assert.Equal(0, await kernel.QuitAsync());
        });

        var yaml = Assert.Single(usage.PackageSeries("yamldotnet"));
        Assert.Equal("16.3.0", yaml.Label("version"));
        Assert.Null(yaml.Label("source"));
        Assert.True(usage.Grown[yaml] == 1, usage.ToString());

        // The kernel is one process; the SDK's restore processes it starts never report.
        Assert.True(usage.Reports == 1, usage.ToString());

        // The kernel itself is a dotnet tool: its own package is counted from the tool store.
        Assert.Contains("microsoft.dotnet-interactive", usage.Packages.Keys);
    }

    [Fact]
    public async Task A_kernel_that_keeps_running_reports_at_its_next_flush_and_not_again_at_exit()
    {
        var environment = KernelEnvironment();
        environment["POPCON_FLUSH_INTERVAL"] = "1";

        var whileRunning = new Dictionary<MetricSeries, double>();
        var usage = await _collector.MeasureAsync(async () =>
        {
            var before = await _collector.ScrapeAsync();
            await using var kernel = InteractiveKernel.Start(Tool(), environment);
            await kernel.SubmitCSharpAsync("#r \"nuget: YamlDotNet, 16.3.0\"");
            await kernel.SubmitCSharpAsync(
                "new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(1)");

            // A notebook kernel may run for days: the package must arrive while it still runs.
            // The deadline guards against a hang; it measures nothing.
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (!whileRunning.Keys.Any(s => s.Label("package") == "yamldotnet"))
            {
                Assert.True(DateTime.UtcNow < deadline, "no flush:\n" + kernel.Transcript);
                await Task.Delay(200);
                whileRunning = (await _collector.ScrapeAsync()).Since(before);
            }

            Assert.Equal(0, await kernel.QuitAsync());
        });

        var yaml = Assert.Single(usage.PackageSeries("yamldotnet"));
        Assert.True(usage.Grown[yaml] == 1, usage.ToString());
        Assert.True(usage.Reports == 1, usage.ToString());
    }

    private static string Tool()
    {
        var tool = Path.Combine(RepoPaths.Root, ".tools", "dotnet-interactive");
        Assert.True(File.Exists(tool), "run scripts/install-test-deps.sh first: " + tool);
        return tool;
    }

    private Dictionary<string, string> KernelEnvironment()
    {
        var environment = _collector.ReporterEnvironment();
        environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return environment;
    }
}
