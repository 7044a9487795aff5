using System.Diagnostics;
using Popcon.Cli.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Popcon.Cli.Tests.Hook;

public sealed class WhenPrintingActivationLines : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // A path that needs quoting everywhere: a space, a single quote, a dollar sign.
    private string AwkwardHook()
    {
        var dir = Path.Combine(_directory.Path, "it's a $HOME");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "Popcon.StartupHook.dll");
        File.WriteAllBytes(path, [0x4d, 0x5a]);
        File.WriteAllBytes(Path.Combine(dir, "Popcon.Reporter.dll"), [0x4d, 0x5a]);
        return path;
    }

    private static async Task<string> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (!file.EndsWith("pwsh", StringComparison.Ordinal))
        {
            start.Environment["DOTNET_STARTUP_HOOKS"] = "/already/there.dll";
        }
        else
        {
            _ = start.Environment.Remove("DOTNET_STARTUP_HOOKS");
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Fact]
    public async Task Every_place_gets_its_lines_matching_the_golden_output()
    {
        var hook = _directory.File("Popcon.StartupHook.dll");
        await File.WriteAllBytesAsync(hook, [0x4d, 0x5a]);
        await File.WriteAllBytesAsync(_directory.File("Popcon.Reporter.dll"), [0x4d, 0x5a]);

        var result = await PopconCli.RunAsync("hook", "--path", hook);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Golden.Read("hook-all.txt").Replace("{hook}", hook, StringComparison.Ordinal), result.Stdout);
    }

    [Fact]
    public async Task Check_refuses_to_print_activation_lines_for_a_missing_file()
    {
        var missing = _directory.File("gone.dll");

        var result = await PopconCli.RunAsync("hook", "--check", "--path", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith($"popcon: no hook at {missing};", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_passes_for_the_hook_this_popcon_carries()
    {
        var result = await PopconCli.RunAsync("hook", "--check", "--for", "systemd");
        var path = await PopconCli.RunAsync("hook", "path");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, path.ExitCode);
        Assert.Equal($"Environment=\"DOTNET_STARTUP_HOOKS={path.Stdout.Trim()}\"",
            result.Stdout.Split('\n')[3]);
    }

    private static async Task<string> ShellLineAsync(string hook)
    {
        var lines = (await PopconCli.RunAsync("hook", "--for", "shell", "--path", hook)).Stdout;
        return lines.Split('\n').Single(l => l.StartsWith("[ -f ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_shell_line_survives_a_real_shell_keeps_hooks_already_set_and_never_adds_twice()
    {
        var hook = AwkwardHook();
        var line = await ShellLineAsync(hook);

        // Sourced twice, as a profile read by a login shell and again by a subshell.
        var value = await RunAsync("/bin/sh", "-c", line + "\n" + line + "\nprintf %s \"$DOTNET_STARTUP_HOOKS\"");

        Assert.Equal(hook + ":/already/there.dll", value);
    }

    [Fact]
    public async Task The_shell_line_sets_nothing_when_the_hook_file_is_gone()
    {
        var hook = AwkwardHook();
        var line = await ShellLineAsync(hook);
        File.Delete(hook);

        var value = await RunAsync("/bin/sh", "-c", line + "\nprintf %s \"$DOTNET_STARTUP_HOOKS\"");

        Assert.Equal("/already/there.dll", value);
    }

    [Fact]
    public async Task The_powershell_line_runs_in_pwsh_keeps_hooks_already_set_and_never_adds_twice()
    {
        var hook = AwkwardHook();
        var lines = (await PopconCli.RunAsync("hook", "--for", "powershell", "--path", hook)).Stdout;
        var line = lines.Split('\n').Single(l => l.StartsWith("if (Test-Path", StringComparison.Ordinal));
        var missing = line.Replace("Popcon.StartupHook.dll", "gone.dll", StringComparison.Ordinal);

        // pwsh is a .NET process: the variable is set inside it, after it started.
        var script = "$env:DOTNET_STARTUP_HOOKS = '/already/there.dll'\n" + line + "\n" + line + "\n" + missing +
            "\n[Console]::Out.Write($env:DOTNET_STARTUP_HOOKS)";
        var value = await RunAsync(Pwsh(), "-NoProfile", "-NonInteractive", "-Command", script);

        Assert.Equal(hook + ":/already/there.dll", value);
    }

    // PowerShell as scripts/install-test-deps.sh installs it, into .tools/ of the repository.
    private static string Pwsh()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "popcon.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", ".tools", "pwsh");
    }

    [Fact]
    public async Task The_jupyterhub_line_is_valid_python()
    {
        var hook = AwkwardHook();
        var lines = (await PopconCli.RunAsync("hook", "--for", "jupyterhub", "--path", hook)).Stdout;
        var config = _directory.File("jupyterhub_config.py");
        await File.WriteAllTextAsync(config, lines);

        var value = await RunAsync("python3", "-c",
            "import sys, types\n" +
            "c = types.SimpleNamespace(Spawner=types.SimpleNamespace(environment={}))\n" +
            "exec(open(sys.argv[1]).read())\n" +
            "sys.stdout.write(c.Spawner.environment['DOTNET_STARTUP_HOOKS'])", config);

        Assert.Equal(hook, value);
    }

    [Theory]
    [InlineData("/opt/a:b/Popcon.StartupHook.dll")]
    [InlineData("/opt/a\nb/Popcon.StartupHook.dll")]
    public async Task A_path_that_would_split_the_variable_or_a_line_is_refused(string path)
    {
        var result = await PopconCli.RunAsync("hook", "--path", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("popcon: the hook path must not contain ':'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jupyterhub_line_sets_nothing_when_the_hook_file_is_gone()
    {
        var hook = AwkwardHook();
        var lines = (await PopconCli.RunAsync("hook", "--for", "jupyterhub", "--path", hook)).Stdout;
        var config = _directory.File("jupyterhub_config.py");
        await File.WriteAllTextAsync(config, lines);
        File.Delete(hook);

        var value = await RunAsync("python3", "-c",
            "import sys, types\n" +
            "c = types.SimpleNamespace(Spawner=types.SimpleNamespace(environment={}))\n" +
            "exec(open(sys.argv[1]).read())\n" +
            "sys.stdout.write(repr(c.Spawner.environment))", config);

        Assert.Equal("{}", value);
    }

    [Fact]
    public async Task The_kubernetes_lines_are_valid_yaml()
    {
        var hook = AwkwardHook();
        var lines = (await PopconCli.RunAsync("hook", "--for", "kubernetes", "--path", hook)).Stdout;

        var yaml = new YamlStream();
        yaml.Load(new StringReader(lines));
        var env = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children["env"];
        var entry = (YamlMappingNode)env.Children[0];

        Assert.Equal("DOTNET_STARTUP_HOOKS", entry.Children["name"].ToString());
        Assert.Equal(hook, entry.Children["value"].ToString());
    }

    [Fact]
    public async Task An_unknown_place_is_a_usage_error()
    {
        var result = await PopconCli.RunAsync("hook", "--for", "cron");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: ", result.Stderr, StringComparison.Ordinal);
    }
}
