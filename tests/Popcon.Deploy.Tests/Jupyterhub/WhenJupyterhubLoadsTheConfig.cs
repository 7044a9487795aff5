using System.Text.Json;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Jupyterhub;

public sealed class WhenJupyterhubLoadsTheConfig : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("popcon-deploy-jhub-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task It_compiles_with_python3()
    {
        var result = await ProcessRunner.RunAsync(
            Tools.Require("python3", "python3"),
            ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                ConfigDriver.ConfigPath, Path.Combine(_dir.FullName, "config.pyc")]);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task Local_spawns_get_the_hook_when_the_file_exists()
    {
        var hook = CreateHook();

        using var config = await ConfigDriver.LoadAsync(_dir.FullName, "local", hook, "/opt/a/A.dll");
        var env = config.RootElement.GetProperty("environment");

        Assert.Equal("/opt/a/A.dll:" + hook, env.GetProperty("DOTNET_STARTUP_HOOKS").GetString());
        Assert.Equal("8125", env.GetProperty("POPCON_STATSD_PORT").GetString());
        Assert.True(env.TryGetProperty("POPCON_STATSD_HOST", out _));
    }

    [Fact]
    public async Task Local_spawns_get_no_hook_when_the_file_is_missing()
    {
        var missing = Path.Combine(_dir.FullName, "Popcon.StartupHook.dll");

        using var config = await ConfigDriver.LoadAsync(_dir.FullName, "local", missing);

        Assert.False(config.RootElement.GetProperty("environment")
            .TryGetProperty("DOTNET_STARTUP_HOOKS", out _));
    }

    [Fact]
    public async Task Local_spawns_never_list_the_hook_twice()
    {
        var hook = CreateHook();

        using var config = await ConfigDriver.LoadAsync(_dir.FullName, "local", hook, hook);

        Assert.Equal(hook, config.RootElement.GetProperty("environment")
            .GetProperty("DOTNET_STARTUP_HOOKS").GetString());
    }

    [Fact]
    public async Task Kubernetes_containers_get_the_hook_only_if_their_image_has_it()
    {
        var hook = CreateHook();
        var missing = Path.Combine(_dir.FullName, "absent", "Popcon.StartupHook.dll");

        var present = await RunContainerCommandAsync(hook, existing: "/opt/a/A.dll");
        var absent = await RunContainerCommandAsync(missing, existing: null);
        var again = await RunContainerCommandAsync(hook, existing: hook);

        Assert.Equal("/opt/a/A.dll:" + hook, present);
        Assert.Null(absent);
        Assert.Equal(hook, again);
    }

    [Fact]
    public async Task Kubernetes_containers_are_told_the_collector_and_the_hook_path()
    {
        var hook = CreateHook();

        using var config = await ConfigDriver.LoadAsync(_dir.FullName, "kubernetes", hook);
        var env = config.RootElement.GetProperty("environment");

        Assert.Equal("kubespawner.KubeSpawner", config.RootElement.GetProperty("spawner_class").GetString());
        Assert.Equal(hook, env.GetProperty("POPCON_HOOK_PATH").GetString());
        var host = env.GetProperty("POPCON_STATSD_HOST").GetString();
        Assert.EndsWith(".svc.cluster.local", host, StringComparison.Ordinal);
        Assert.False(env.TryGetProperty("DOTNET_STARTUP_HOOKS", out _));
    }

    // Runs the container start command the config sets, with /usr/bin/env in place of the
    // server, and returns DOTNET_STARTUP_HOOKS as the server would see it (null when unset).
    private async Task<string?> RunContainerCommandAsync(string hookPath, string? existing)
    {
        using var config = await ConfigDriver.LoadAsync(_dir.FullName, "kubernetes", hookPath);
        var cmd = config.RootElement.GetProperty("cmd").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal("jupyterhub-singleuser", cmd[^1]);
        cmd[^1] = "/usr/bin/env";

        var result = await ProcessRunner.RunAsync(
            cmd[0],
            cmd.Skip(1),
            new Dictionary<string, string?>
            {
                ["POPCON_HOOK_PATH"] = hookPath,
                ["DOTNET_STARTUP_HOOKS"] = existing,
            });

        Assert.True(result.ExitCode == 0, result.Output);
        return result.Stdout.Split('\n')
            .Where(l => l.StartsWith("DOTNET_STARTUP_HOOKS=", StringComparison.Ordinal))
            .Select(l => l["DOTNET_STARTUP_HOOKS=".Length..])
            .SingleOrDefault();
    }

    private string CreateHook()
    {
        var hook = Path.Combine(_dir.FullName, "Popcon.StartupHook.dll");
        File.WriteAllText(hook, string.Empty);
        return hook;
    }
}
