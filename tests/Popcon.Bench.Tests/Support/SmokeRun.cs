using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Popcon.Bench.Tests.Support;

/// <summary>
/// One part of <c>bench/run-all.sh --smoke</c>, run once per test class in its own work folder
/// on the builds this test project references; the results it wrote, parsed.
/// </summary>
public abstract class SmokeRun : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(8);

    protected SmokeRun(string part)
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "popcon-bench-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(WorkDirectory);
        (ExitCode, Output) = Run(
            Path.Combine(RepoRoot, "bench", "run-all.sh"),
            "--smoke", "--only", part, "--prebuilt", Configuration, "--work", WorkDirectory);
        var doc = Path.Combine(WorkDirectory, "benchmarks.md");
        Document = File.Exists(doc) ? File.ReadAllText(doc) : "";
    }

    public string WorkDirectory { get; }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>Gets the benchmarks.md the smoke run wrote ("" when it wrote none).</summary>
    public string Document { get; }

#if DEBUG
    private static string Configuration => "Debug";
#else
    private static string Configuration => "Release";
#endif

    private static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "bench", "run-all.sh")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("bench/run-all.sh not found above the test output");
        }
    }

    /// <summary>Reads results/NAME.json of the run.</summary>
    public JsonElement Results(string name)
    {
        var path = Path.Combine(WorkDirectory, "results", name + ".json");
        Assert.True(File.Exists(path), $"no {path}; run output:\n{Output}");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        Directory.Delete(WorkDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static (int ExitCode, string Output) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output + "\n(killed after " + Limit + ")");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
