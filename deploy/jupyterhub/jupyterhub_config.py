# Example jupyterhub_config.py: load the popcon hook into the .NET processes (for example
# .NET Interactive kernels) of every user server, and send the counts to the collector.
#
# DOTNET_STARTUP_HOOKS is set only where the hook file exists: a startup hook that is not there
# stops every .NET process that names it. Where that check runs depends on the spawner:
#  - LocalProcessSpawner: user servers run on the hub's machine, so the hub looks at spawn time.
#  - KubeSpawner: only the user's container can see its image, so its start command looks.
# Choose with POPCON_SPAWNER=local|kubernetes (an example switch; keep the branch you use).
import os

c = get_config()  # noqa: F821  (JupyterHub provides get_config when it loads this file)

# Absolute path of the hook where user processes run: baked into the image, or copied there
# by the init container shown at the end. It names the loader, Popcon.StartupHook.dll, which
# needs the rest of the hook folder (`popcon hook path` shows where) beside it.
POPCON_HOOK = os.environ.get(
    "POPCON_HOOK_PATH", "/usr/local/lib/popcon/hook/Popcon.StartupHook.dll")

# The collector: the statsd_exporter installed with deploy/helm (release popcon-statsd in
# namespace monitoring), or a `popcon serve --statsd-udp 0.0.0.0:8125` host.
POPCON_STATSD_HOST = os.environ.get(
    "POPCON_STATSD_HOST", "popcon-statsd-prometheus-statsd-exporter.monitoring.svc.cluster.local"
)
POPCON_STATSD_PORT = os.environ.get("POPCON_STATSD_PORT", "8125")

SPAWNER = os.environ.get("POPCON_SPAWNER", "kubernetes")

# Runs in the user's container before the server: adds the hook only if the file is there,
# appends with ':' to a value the image may set, never twice, then starts the real command.
START_WITH_HOOK_IF_PRESENT = (
    'if [ -f "$POPCON_HOOK_PATH" ]; then'
    ' case ":${DOTNET_STARTUP_HOOKS-}:" in'
    ' *":$POPCON_HOOK_PATH:"*) ;;'
    ' *) DOTNET_STARTUP_HOOKS=${DOTNET_STARTUP_HOOKS:+$DOTNET_STARTUP_HOOKS:}$POPCON_HOOK_PATH;'
    " export DOTNET_STARTUP_HOOKS ;;"
    " esac;"
    " fi;"
    ' exec "$@"'
)


def popcon_collector_environment():
    """The reporter's settings; harmless for processes that never load the hook."""
    return {"POPCON_STATSD_HOST": POPCON_STATSD_HOST, "POPCON_STATSD_PORT": POPCON_STATSD_PORT}


def with_hook(existing, hook):
    """DOTNET_STARTUP_HOOKS with hook appended once to an existing ':'-separated value."""
    entries = [entry for entry in (existing or "").split(":") if entry]
    if hook not in entries:
        entries.append(hook)
    return ":".join(entries)


def local_pre_spawn_hook(spawner):
    """LocalProcessSpawner: check the hook file on this machine at each spawn."""
    spawner.environment.update(popcon_collector_environment())
    if os.path.isabs(POPCON_HOOK) and os.path.isfile(POPCON_HOOK):
        existing = spawner.environment.get("DOTNET_STARTUP_HOOKS", "")
        spawner.environment["DOTNET_STARTUP_HOOKS"] = with_hook(existing, POPCON_HOOK)


if SPAWNER == "local":
    c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
    c.LocalProcessSpawner.pre_spawn_hook = local_pre_spawn_hook
else:
    c.JupyterHub.spawner_class = "kubespawner.KubeSpawner"
    c.KubeSpawner.environment = dict(popcon_collector_environment(), POPCON_HOOK_PATH=POPCON_HOOK)
    # The server's own command (and the spawner's arguments) follow "$@"; the image needs /bin/sh.
    c.KubeSpawner.cmd = ["/bin/sh", "-c", START_WITH_HOOK_IF_PRESENT, "popcon-start",
                         "jupyterhub-singleuser"]

    # Hook not baked into the image? Copy the whole hook folder in with an init container from
    # an image that carries it (deploy/kubernetes/popcon-hook.Dockerfile), and point
    # POPCON_HOOK_PATH at the copy:
    #
    # POPCON_HOOK = "/opt/popcon-hook/Popcon.StartupHook.dll"
    # c.KubeSpawner.environment["POPCON_HOOK_PATH"] = POPCON_HOOK
    # c.KubeSpawner.init_containers = [{
    #     "name": "popcon-hook",
    #     "image": "your-registry/popcon-hook:0.1.0",
    #     "command": ["cp", "-R", "/popcon/.", "/opt/popcon-hook/"],
    #     "volumeMounts": [{"name": "popcon-hook", "mountPath": "/opt/popcon-hook"}],
    # }]
    # c.KubeSpawner.volumes = [{"name": "popcon-hook", "emptyDir": {}}]
    # c.KubeSpawner.volume_mounts = [
    #     {"name": "popcon-hook", "mountPath": "/opt/popcon-hook", "readOnly": True}]

