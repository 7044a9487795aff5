using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests;

/// <summary>
/// popcon installed the way users install it: packed as a dotnet tool, installed from the package
/// into a fresh tool path, and run from there, hook included.
/// </summary>
public sealed class PackagingTests(InstalledToolFixture tool) : IClassFixture<InstalledToolFixture>
{
    private const string ToolFolder = "tools/net10.0/any/";

    [Fact]
    public void The_package_carries_the_hook_folder_with_a_ReadyToRun_build_per_runtime()
    {
        using var package = ZipFile.OpenRead(tool.Package);
        string[] expected =
        [
            ToolFolder + "hook/Popcon.StartupHook.dll",
            ToolFolder + "hook/Popcon.Reporter.dll",
            ToolFolder + "hook/net8.0-linux-x64/Popcon.Reporter.dll",
            ToolFolder + "hook/net9.0-linux-x64/Popcon.Reporter.dll",
            ToolFolder + "hook/net10.0-linux-x64/Popcon.Reporter.dll",
        ];

        // The hook files, and none of them (nor the stub that compiles them) anywhere else.
        var hookFiles = package.Entries
            .Select(e => e.FullName)
            .Where(n => n.Contains("Popcon.Reporter", StringComparison.Ordinal)
                || n.Contains("Popcon.StartupHook", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), hookFiles);
        Assert.False(ReadyToRunImage.Is(package.GetEntry(ToolFolder + "hook/Popcon.Reporter.dll")!));
        foreach (var compiled in expected.Where(n => n.Contains("-linux-x64/", StringComparison.Ordinal)))
        {
            Assert.True(ReadyToRunImage.Is(package.GetEntry(compiled)!), compiled + " is not ReadyToRun code");
        }
    }

    [Fact]
    public async Task The_installed_tool_runs_and_names_a_hook_that_reports_from_its_installed_place()
    {
        var version = await InstalledToolFixture.RunOkAsync(tool.Popcon, ["--version"]);
        Assert.StartsWith(RepoPaths.Version, version.StandardOutput.Trim(), StringComparison.Ordinal);

        var hookPath = await HookPathAsync();
        Assert.True(Path.IsPathFullyQualified(hookPath), hookPath);
        Assert.StartsWith(tool.Tools, hookPath, StringComparison.Ordinal);
        Assert.EndsWith("/hook/Popcon.StartupHook.dll", hookPath, StringComparison.Ordinal);
        Assert.True(File.Exists(hookPath), hookPath);

        using var listener = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        // The installed popcon itself is a .NET process: run it under its own hook.
        await InstalledToolFixture.RunOkAsync(tool.Popcon, ["hook", "path"], HookEnvironment(hookPath, listener));

        var lines = await ReceiveLinesAsync(listener);
        Assert.True(lines.Count(l => l == "dotnet_popcon.reports_total:1|c") == 1, string.Join('\n', lines));
        Assert.DoesNotContain(lines, l => l.Contains("package:popcon.reporter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_app_run_with_the_installed_hook_reports_its_package_and_nothing_of_popcon()
    {
        var hookPath = await HookPathAsync();
        var app = await BuildJsonAppAsync();
        using var listener = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        await InstalledToolFixture.RunOkAsync(app, [], HookEnvironment(hookPath, listener));

        // The hook sits in the tool store, where every file counts as the tool's package; the
        // loader and the reporter are popcon's machinery, not a package the app chose.
        var lines = await ReceiveLinesAsync(listener);
        var text = string.Join('\n', lines);
        Assert.DoesNotContain(lines, l => l.Contains("package:popcon", StringComparison.Ordinal));
        Assert.True(lines.Count == 3, text);
        Assert.Contains("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4", lines);
        Assert.Contains("dotnet_popcon.reports_total:1|c", lines);
        Assert.Single(lines, l => l.StartsWith("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.", StringComparison.Ordinal));
    }

    private async Task<string> HookPathAsync()
    {
        return (await InstalledToolFixture.RunOkAsync(tool.Popcon, ["hook", "path"])).StandardOutput.Trim();
    }

    // examples/JsonApp, a plain user app loading one package, built into this class's folder.
    private async Task<string> BuildJsonAppAsync()
    {
        var source = Path.Combine(tool.Scratch, Guid.NewGuid().ToString("N"), "JsonApp");
        Directory.CreateDirectory(source);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Examples, "JsonApp")))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }

        var output = Path.Combine(source, "out");
        await InstalledToolFixture.RunOkAsync("dotnet", ["build", source, "-nologo", "-v", "quiet", "-o", output]);
        return Path.Combine(output, "JsonApp");
    }

    private static Dictionary<string, string> HookEnvironment(string hookPath, UdpClient listener)
    {
        var port = ((IPEndPoint)listener.Client.LocalEndPoint!).Port;
        return new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = hookPath,
            ["POPCON_STATSD_HOST"] = "127.0.0.1",
            ["POPCON_STATSD_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    // Waits for the first datagram, then takes whatever else the process sent.
    private static async Task<List<string>> ReceiveLinesAsync(UdpClient listener)
    {
        var lines = new List<string>();
        using (var first = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            var datagram = await listener.ReceiveAsync(first.Token);
            lines.AddRange(Encoding.UTF8.GetString(datagram.Buffer).Split('\n'));
        }

        while (true)
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            try
            {
                var datagram = await listener.ReceiveAsync(quiet.Token);
                lines.AddRange(Encoding.UTF8.GetString(datagram.Buffer).Split('\n'));
            }
            catch (OperationCanceledException)
            {
                return lines;
            }
        }
    }
}
