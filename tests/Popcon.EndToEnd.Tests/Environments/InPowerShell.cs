using System.Text.Json;
using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// PowerShell 7.6.10 installed as a dotnet tool (scripts/install-test-deps.sh puts it in
/// .tools/), importing a binary module from a module folder on PSModulePath.
/// </summary>
public sealed class InPowerShell : IClassFixture<SharedCollector>, IClassFixture<ProbeModuleFixture>
{
    // Any error ends pwsh with exit code 1, so a failed Import-Module fails the test.
    private const string StopOnError = "$ErrorActionPreference = 'Stop'; ";
    private static readonly string ToolFolder = Path.Combine(RepoPaths.Root, ".tools");
    private readonly SharedCollector _collector;
    private readonly ProbeModuleFixture _module;

    public InPowerShell(SharedCollector collector, ProbeModuleFixture module)
    {
        _collector = collector;
        _module = module;
    }

    [Fact]
    public async Task An_imported_module_is_reported_with_its_folder_version_and_source_powershell()
    {
        var usage = await RunPwshAsync("Import-Module PopconProbe; [PopconProbe.Probe]::Hello()");

        var probe = Assert.Single(usage.PackageSeries("popconprobe"));
        Assert.Equal(ProbeModuleFixture.Version, probe.Label("version"));
        Assert.Equal("powershell", probe.Label("source"));
        Assert.True(usage.Grown[probe] == 1, usage.ToString());
    }

    [Fact]
    public async Task Pwsh_reports_only_its_tool_package_and_the_nuget_packages_it_ships()
    {
        var usage = await RunPwshAsync("Import-Module PopconProbe; [PopconProbe.Probe]::Hello()");

        // Two .NET processes run: the dotnet tool shim, which starts pwsh itself as a child.
        Assert.True(usage.Reports == 2, usage.ToString());

        var (packages, projects) = ReadPwshDeps();
        foreach (var id in usage.Packages.Keys)
        {
            Assert.False(projects.Contains(id), $"pwsh's own assembly {id} was reported:\n{usage}");
            Assert.True(id is "powershell" or "popconprobe" || packages.Contains(id),
                $"{id} is neither the tool, the module nor a package pwsh ships:\n{usage}");
        }

        // Both processes are counted under the tool's package, from the dotnet tool store.
        Assert.True(usage.Packages["powershell"] == 2, usage.ToString());
        var others = usage.Series(UsageDelta.PackageMetric)
            .Where(s => s.Label("package") != "popconprobe");
        Assert.All(others, s => Assert.Null(s.Label("source")));
    }

    [Fact]
    public async Task A_session_that_imports_no_module_reports_no_module()
    {
        var usage = await RunPwshAsync("Get-Module -ListAvailable PopconProbe | Out-Null; 1 + 1");

        Assert.True(usage.Reports == 2, usage.ToString());
        Assert.DoesNotContain("popconprobe", usage.Packages.Keys);
    }

    [Fact]
    public async Task KnownLimitations_a_module_folder_without_a_version_folder_is_not_reported()
    {
        // Only Modules/<name>/<version>/ names a module and its version; a module copied straight
        // into Modules/<name>/ has no version in its path, and the hook does not read manifests.
        var usage = await RunPwshAsync(
            "Import-Module PopconFlat; [PopconProbe.Probe]::Hello(); (Get-Module PopconFlat).Version");

        Assert.True(usage.Reports == 2, usage.ToString());
        Assert.DoesNotContain("popconflat", usage.Packages.Keys);
        Assert.DoesNotContain("popconprobe", usage.Packages.Keys);
        Assert.All(usage.Series(UsageDelta.PackageMetric), s => Assert.Null(s.Label("source")));
    }

    private async Task<UsageDelta> RunPwshAsync(string command)
    {
        var pwsh = Path.Combine(ToolFolder, "pwsh");
        Assert.True(File.Exists(pwsh), "run scripts/install-test-deps.sh first: " + pwsh);
        var environment = _collector.ReporterEnvironment();
        environment["PSModulePath"] = _module.ModulesPath;
        environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        environment["POWERSHELL_UPDATECHECK"] = "Off";

        return await _collector.MeasureAsync(async () =>
        {
            var result = await ProcessRunner.RunAsync(pwsh,
                ["-NoProfile", "-NonInteractive", "-Command", StopOnError + command],
                environment, timeout: TimeSpan.FromMinutes(3));
            Assert.True(result.ExitCode == 0, result.ToString());
            if (command.Contains("Hello()", StringComparison.Ordinal))
            {
                // The module's own code ran: the module really was imported.
                Assert.Contains("popcon probe loaded", result.StandardOutput, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>The package and project ids pwsh's own deps.json lists, lower-cased.</summary>
    private static (HashSet<string> Packages, HashSet<string> Projects) ReadPwshDeps()
    {
        var deps = Directory.GetFiles(Path.Combine(ToolFolder, ".store", "powershell"),
            "pwsh.deps.json", SearchOption.AllDirectories)
            .Single(p => p.Contains($"{Path.DirectorySeparatorChar}unix{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal));
        using var document = JsonDocument.Parse(File.ReadAllText(deps));
        var packages = new HashSet<string>(StringComparer.Ordinal);
        var projects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var library in document.RootElement.GetProperty("libraries").EnumerateObject())
        {
            var id = library.Name.Split('/')[0].ToLowerInvariant();
            var type = library.Value.GetProperty("type").GetString();
            (type == "package" ? packages : projects).Add(id);
        }

        return (packages, projects);
    }
}
