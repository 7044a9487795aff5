using System.Diagnostics;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Doctor;

/// <summary>Builds the stand-in hook once per test class, in a temp folder outside the checkout.</summary>
public sealed class ProbeHookFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public string HookPath => Path.Combine(_directory.Path, "out", "ProbeHook.dll");

    public async Task InitializeAsync()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ProbeHook");
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(_directory.Path, Path.GetFileName(file)));
        }

        var start = new ProcessStartInfo(PopconCli.Dotnet)
        {
            WorkingDirectory = _directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "build", "ProbeHook.csproj", "-c", "Release", "-o", "out", "-nologo",
            "-nodeReuse:false", "-p:UseSharedCompilation=false",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0 || !File.Exists(HookPath))
        {
            throw new InvalidOperationException($"the probe hook did not build:\n{await output}\n{await errors}");
        }
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
