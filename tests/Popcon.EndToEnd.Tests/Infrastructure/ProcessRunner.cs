using System.Diagnostics;

namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Runs a program to completion with a controlled environment. Variables that would change how
/// popcon or .NET behave are removed from the inherited environment first, so each test states
/// exactly the ones it means.
/// </summary>
internal static class ProcessRunner
{
    private static readonly string[] ScrubbedPrefixes =
        ["POPCON_", "PYTHON_POPCONTEST_", "DOTNET_STARTUP_HOOKS"];

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        using var process = new Process { StartInfo = CreateStartInfo(fileName, arguments) };
        process.StartInfo.WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
        Apply(process.StartInfo, environment);

        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static ProcessStartInfo CreateStartInfo(string fileName, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    public static void Apply(ProcessStartInfo info, IReadOnlyDictionary<string, string>? environment)
    {
        var inherited = info.Environment.Keys
            .Where(key => ScrubbedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
        foreach (var key in inherited)
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
    }
}
