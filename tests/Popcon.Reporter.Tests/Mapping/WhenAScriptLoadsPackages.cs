using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>Scripts that name their packages inline: F# Interactive and C# file-based apps.</summary>
public sealed class WhenAScriptLoadsPackages
{
    [Fact]
    public void An_FSharp_script_counts_its_nuget_reference_but_not_the_SDK_libraries_of_fsi()
    {
        using var listener = new StatsdListener();
        using var folder = new TempDirectory("fsx");
        var script = folder.Combine("uses-json.fsx");
        File.Copy(HookPath.FixtureSource(Path.Combine("Scripts", "uses-json.fsx")), script);
        var environment = HookEnvironment.For(listener.Port);

        var result = ProcessRunner.Run("dotnet", ["fsi", script], environment, folder.Path);

        Assert.Equal(new ProcessResult(0, "[1,2]\n", string.Empty), result);
        var lines = listener.DrainLines();
        Assert.Equal(
            new[] { Report.Json, "dotnet_popcon.reports_total:1|c", PackagesAppFixture.ExpectedRuntimeLine }.Order(StringComparer.Ordinal),
            lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_CSharp_file_based_app_without_native_AOT_counts_its_package_directive()
    {
        using var listener = new StatsdListener();
        using var folder = new TempDirectory("runfile");
        var app = folder.Combine("file-app.cs");
        File.Copy(HookPath.FixtureSource(Path.Combine("Scripts", "file-app.cs")), app);
        var environment = HookEnvironment.For(listener.Port);

        var result = ProcessRunner.Run("dotnet", ["run", "--disable-build-servers", app], environment, folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[1]\n", result.Stdout);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json);
    }
}
