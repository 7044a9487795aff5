using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>A real tool, packed and installed into a real tool store, run with the hook.</summary>
public sealed class WhenADotnetToolRuns
{
    [Fact]
    public void The_tool_counts_as_its_own_package_from_the_store_and_its_dependencies_from_its_deps_json()
    {
        using var root = FixtureApp.CopySource("ToolApp", out var source);
        var packages = Path.Combine(root.Path, "nupkgs");
        var tools = Path.Combine(root.Path, "tools");
        ProcessRunner.RunChecked("dotnet", ["pack", "-c", "Release", "-o", packages], workingDirectory: source);
        ProcessRunner.RunChecked(
            "dotnet",
            ["tool", "install", "Popcon.Fixture.Tool", "--version", "1.2.3", "--tool-path", tools, "--add-source", packages],
            workingDirectory: root.Path);
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);

        var result = ProcessRunner.Run(Path.Combine(tools, "popcon-fixture-tool"), [], environment);

        Assert.Equal(new ProcessResult(0, "[\"tool\"]\n", string.Empty), result);
        Report.AssertExactlyOneReport(
            listener.DrainLines(),
            HookEnvironment.SelfLogOf(environment),
            "dotnet_popcon.package_used_total:1|c|#package:popcon.fixture.tool,version:1.2.3",
            Report.Json);
    }
}
