using System.Net;
using System.Net.Sockets;
using System.Text;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests;

/// <summary>
/// popcon installed the way users install it: packed as a dotnet tool, installed from the package
/// into a fresh tool path, and run from there, hook included.
/// </summary>
public sealed class PackagingTests
{
    [Fact]
    public async Task The_installed_tool_runs_and_names_a_hook_that_reports_from_its_installed_place()
    {
        using var temp = new TempDirectory();
        var feed = temp.File("feed");
        var tools = temp.File("tools");

        await RunOkAsync("dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Popcon.Cli"), "--no-build",
             "-c", RepoPaths.Configuration, "-o", feed, "-nologo"]);
        await RunOkAsync("dotnet",
            ["tool", "install", "popcon", "--add-source", feed, "--tool-path", tools,
             "--version", RepoPaths.Version],
            // A private package cache: the shared one may hold an older build of the same version.
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.File("nuget") });

        var popcon = Path.Combine(tools, "popcon");
        var version = await RunOkAsync(popcon, ["--version"]);
        Assert.StartsWith(RepoPaths.Version, version.StandardOutput.Trim(), StringComparison.Ordinal);

        var hookPath = (await RunOkAsync(popcon, ["hook", "path"])).StandardOutput.Trim();
        Assert.True(Path.IsPathFullyQualified(hookPath), hookPath);
        Assert.StartsWith(tools, hookPath, StringComparison.Ordinal);
        Assert.True(File.Exists(hookPath), hookPath);

        using var listener = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)listener.Client.LocalEndPoint!).Port;
        // The installed popcon itself is a .NET process: run it under its own hook.
        await RunOkAsync(popcon, ["hook", "path"], new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = hookPath,
            ["POPCON_STATSD_HOST"] = "127.0.0.1",
            ["POPCON_STATSD_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var datagram = await listener.ReceiveAsync(cts.Token);
        var text = Encoding.UTF8.GetString(datagram.Buffer);
        Assert.Contains("dotnet_popcon.reports_total:1|c", text, StringComparison.Ordinal);
    }

    private static async Task<ProcessResult> RunOkAsync(
        string fileName, string[] args, Dictionary<string, string>? environment = null)
    {
        var result = await ProcessRunner.RunAsync(fileName, args, environment,
            timeout: TimeSpan.FromMinutes(5));
        Assert.True(result.ExitCode == 0, $"{fileName} {string.Join(' ', args)}\n{result}");
        return result;
    }
}
