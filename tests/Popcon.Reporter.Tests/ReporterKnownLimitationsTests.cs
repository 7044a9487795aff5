using Popcon.Reporter.Mapping;
using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests;

/// <summary>What the reporter cannot see, pinned so that a change in behaviour is noticed.</summary>
public sealed class ReporterKnownLimitationsTests
{
    [Fact]
    public void A_CSharp_file_based_app_with_default_settings_runs_without_startup_hooks_and_is_not_counted()
    {
        using var listener = new StatsdListener();
        using var folder = new TempDirectory("runfile-aot");
        var app = folder.Combine("file-app-aot-default.cs");
        File.Copy(HookPath.FixtureSource(Path.Combine("Scripts", "file-app-aot-default.cs")), app);

        var result = ProcessRunner.Run("dotnet", ["run", "--disable-build-servers", app], HookEnvironment.For(listener.Port), folder.Path);

        // The build prints trimming warnings first; the app's own line comes last.
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("[1]\n", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(listener.Drain());
    }

    [Fact]
    public void A_single_file_app_reports_its_runtime_but_not_the_packages_bundled_inside_it()
    {
        using var listener = new StatsdListener();
        using var bundle = FixtureApp.Build(
            "PackagesApp", "publish", "-f", "net10.0", "-r", "linux-x64", "--self-contained", "false", "-p:PublishSingleFile=true");
        var native = new FileInfo(Path.Combine(bundle.OutputDirectory, "PackagesApp"));

        var result = ProcessRunner.Run(native.FullName, [], HookEnvironment.For(listener.Port));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            new[] { "dotnet_popcon.reports_total:1|c", PackagesAppFixture.ExpectedRuntimeLine }.Order(StringComparer.Ordinal),
            listener.DrainLines().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plain_mode_has_no_place_for_the_powershell_source_tag()
    {
        var formatter = new StatsdFormatter("dotnet_popcon", TagMode.None, includeVersions: true);

        var line = formatter.PackageLine(new PackageUse("PSReadLine", "2.3.5", "powershell"));

        Assert.Equal("dotnet_popcon.package_used.psreadline/2.3.5:1|c", line);
    }

    [Fact]
    public void Prerelease_labels_are_lower_cased_so_the_version_differs_in_case_from_the_nuspec()
    {
        Assert.Equal("1.0.0-rc.1", new PackageUse("X", "1.0.0-RC.1", null).Version);
    }
}
