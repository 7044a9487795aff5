using System.Diagnostics;

namespace Popcon.Collector.Tests.Support;

/// <summary>Runs Prometheus' own <c>promtool check metrics</c> on a document.</summary>
public static class Promtool
{
    public static string? Path { get; } = Find();

    public static async Task<(int ExitCode, string Output)> CheckMetricsAsync(string document)
    {
        var start = new ProcessStartInfo(Path!, "check metrics")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(document);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, "promtool"))
            .FirstOrDefault(File.Exists);
}
