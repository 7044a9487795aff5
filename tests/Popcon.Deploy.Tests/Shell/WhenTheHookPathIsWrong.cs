using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Shell;

/// <summary>Pins the danger docs/deployment.md warns about, and that popcon.sh avoids it.</summary>
public sealed class WhenTheHookPathIsWrong
{
    [Fact]
    public async Task A_missing_hook_file_stops_a_dotnet_process_from_starting()
    {
        var result = await DotnetVersionAsync("/nonexistent/popcon/Popcon.StartupHook.dll");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Startup hook assembly", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_hook_path_stops_a_dotnet_process_from_starting()
    {
        var result = await DotnetVersionAsync("hook/Popcon.StartupHook.dll");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("simple assembly name", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_profile_script_keeps_a_missing_hook_out_so_dotnet_still_starts()
    {
        var dir = Directory.CreateTempSubdirectory("popcon-deploy-wrong-");
        try
        {
            var result = await ProcessRunner.RunAsync(
                Tools.Require("/bin/sh", "dash"),
                ["-c", ". \"$1\"; exec \"$2\" --version", "probe",
                    RepoFiles.PathOf("deploy", "profile.d", "popcon.sh"), Dotnet()],
                new Dictionary<string, string?>
                {
                    ["POPCON_HOOK_PATH"] = Path.Combine(dir.FullName, "Popcon.StartupHook.dll"),
                    ["DOTNET_STARTUP_HOOKS"] = null,
                });

            Assert.True(result.ExitCode == 0, result.Output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Task<ProcessResult> DotnetVersionAsync(string hooks) =>
        ProcessRunner.RunAsync(
            Dotnet(),
            ["--version"],
            new Dictionary<string, string?> { ["DOTNET_STARTUP_HOOKS"] = hooks });

    private static string Dotnet() => Tools.Require("dotnet", "dotnet-sdk-10.0");
}
