using System.Text.Json;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Jupyterhub;

/// <summary>
/// Loads deploy/jupyterhub/jupyterhub_config.py in a real python3 with a stand-in for
/// JupyterHub's get_config, and reports what the file configured.
/// </summary>
internal static class ConfigDriver
{
    // A config object that creates sections on first use, like traitlets' Config; then the
    // chosen spawner's settings are printed as JSON (the local pre-spawn hook is run first).
    private const string Driver = """
        import json, runpy, sys, types

        class Section:
            def __init__(self):
                object.__setattr__(self, "values", {})
            def __getattr__(self, name):
                return self.values.setdefault(name, Section())
            def __setattr__(self, name, value):
                self.values[name] = value

        config = Section()
        runpy.run_path(sys.argv[1], init_globals={"get_config": lambda: config})
        out = {"spawner_class": config.JupyterHub.spawner_class}
        if sys.argv[2] == "local":
            env = {"DOTNET_STARTUP_HOOKS": sys.argv[3]} if sys.argv[3] else {}
            spawner = types.SimpleNamespace(environment=env)
            config.LocalProcessSpawner.pre_spawn_hook(spawner)
            out["environment"] = spawner.environment
        else:
            out["environment"] = config.KubeSpawner.environment
            out["cmd"] = config.KubeSpawner.cmd
        print(json.dumps(out))
        """;

    /// <summary>The path of the example config.</summary>
    public static string ConfigPath => RepoFiles.PathOf("deploy", "jupyterhub", "jupyterhub_config.py");

    /// <summary>Loads the config for a spawner and returns what it set, as JSON.</summary>
    public static async Task<JsonDocument> LoadAsync(
        string workDir, string spawner, string hookPath, string existingHooks = "")
    {
        var driver = Path.Combine(workDir, "driver.py");
        await File.WriteAllTextAsync(driver, Driver);
        var result = await ProcessRunner.RunAsync(
            Tools.Require("python3", "python3"),
            [driver, ConfigPath, spawner, existingHooks],
            new Dictionary<string, string?>
            {
                ["POPCON_SPAWNER"] = spawner,
                ["POPCON_HOOK_PATH"] = hookPath,
                ["POPCON_STATSD_HOST"] = null,
                ["PYTHONDONTWRITEBYTECODE"] = "1",
            },
            workDir);
        Assert.True(result.ExitCode == 0, result.Output);
        return JsonDocument.Parse(result.Stdout);
    }
}
