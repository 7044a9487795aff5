using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Hook;

/// <summary>
/// The hook is a folder: the loader DOTNET_STARTUP_HOOKS names runs the reporter beside it. A
/// loader copied alone loads into every process and reports nothing, so popcon says so.
/// </summary>
public sealed class WhenTheHookFolderIsIncomplete : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Check_refuses_a_loader_copied_without_its_reporter()
    {
        var loader = await LoaderAloneAsync();

        var result = await PopconCli.RunAsync("hook", "--check", "--path", loader);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith(
            $"popcon: the hook at {loader} has no {_directory.File("Popcon.Reporter.dll")} beside it",
            result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_check_the_lines_come_with_a_warning_naming_the_missing_reporter()
    {
        var loader = await LoaderAloneAsync();

        var result = await PopconCli.RunAsync("hook", "--for", "systemd", "--path", loader);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"DOTNET_STARTUP_HOOKS={loader}", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(
            $"popcon: warning: {_directory.File("Popcon.Reporter.dll")} is missing beside {loader}\n",
            result.Stderr);
    }

    [Fact]
    public async Task Check_passes_for_a_copy_of_the_whole_shipped_hook_folder()
    {
        var copy = _directory.File("hook");
        CopyDirectory(Path.Combine(Path.GetDirectoryName(PopconCli.DllPath)!, "hook"), copy);
        var loader = Path.Combine(copy, "Popcon.StartupHook.dll");

        var result = await PopconCli.RunAsync("hook", "--check", "--for", "shell", "--path", loader);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Hook_path_fails_for_a_popcon_whose_reporter_beside_the_loader_is_gone()
    {
        var popcon = _directory.File("popcon");
        CopyDirectory(Path.GetDirectoryName(PopconCli.DllPath)!, popcon);
        var reporter = Path.Combine(popcon, "hook", "Popcon.Reporter.dll");
        File.Delete(reporter);

        var result = await PopconCli.RunDllAsync(Path.Combine(popcon, "popcon.dll"), ["hook", "path"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"popcon: the hook at {Path.Combine(popcon, "hook", "Popcon.StartupHook.dll")} is incomplete "
            + $"({reporter} is missing); rebuild or reinstall popcon.\n",
            result.Stderr);
    }

    private async Task<string> LoaderAloneAsync()
    {
        var loader = _directory.File("Popcon.StartupHook.dll");
        await File.WriteAllBytesAsync(loader, [0x4d, 0x5a]);
        return loader;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
