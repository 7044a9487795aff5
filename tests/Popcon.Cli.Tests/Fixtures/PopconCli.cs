using System.Diagnostics;
using System.Text;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>Runs the built <c>popcon</c> tool as a real process, the way a user does.</summary>
public static class PopconCli
{
    /// <summary>The popcon.dll in Popcon.Cli's own output folder, where hook/ sits beside it.</summary>
    public static string DllPath { get; } = FindDll();

    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Task<CliResult> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        return RunDllAsync(DllPath, args, environment);
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Runs another copy of popcon, e.g. one whose hook folder a test changed.</summary>
    public static async Task<CliResult> RunDllAsync(
        string dllPath, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DOTNET_STARTUP_HOOKS");
        start.Environment["POPCON_DB"] = "/nonexistent/popcon-tests/popcon.db";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindDll()
    {
        // bin/<Configuration>/net10.0 of this test project names the configuration to look for.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var framework = testBin.Name;
        var dir = testBin;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "popcon.sln")) &&
               !Directory.Exists(Path.Combine(dir.FullName, "src", "Popcon.Cli")))
        {
            dir = dir.Parent;
        }

        var dll = dir is null
            ? null
            : Path.Combine(dir.FullName, "src", "Popcon.Cli", "bin", configuration, framework, "popcon.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : Path.Combine(AppContext.BaseDirectory, "popcon.dll");
    }
}
