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
        var tool = Path.Combine(RepoPaths.Root, ".tools", "dotnet-interactive");
        Assert.True(File.Exists(tool), "run scripts/install-test-deps.sh first: " + tool);
        var environment = _collector.ReporterEnvironment();
        environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var usage = await _collector.MeasureAsync(async () =>
        {
            await using var kernel = InteractiveKernel.Start(tool, environment);
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
}
