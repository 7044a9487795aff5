using System.Diagnostics;

namespace Popcon.Collector.Tests.Support;

/// <summary>Builds the CollectorProcess fixture app once per test class that needs it.</summary>
public sealed class CollectorProcessBuild : IAsyncLifetime
{
    public string DllPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var project = Path.Combine(FindTestsDirectory(), "Fixtures", "CollectorProcess", "CollectorProcess.csproj");
        var output = Path.Combine(Path.GetTempPath(), "popcon-collector-tests", "fixture-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet", ["build", project, "-c", "Debug", "-o", output, "-nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"building the fixture failed:\n{await stdout}\n{await stderr}");
        }

        DllPath = Path.Combine(output, "CollectorProcess.dll");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(DllPath)!, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }

        return Task.CompletedTask;
    }

    private static string FindTestsDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Popcon.Collector.Tests.csproj")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the test project folder was not found");
    }
}
