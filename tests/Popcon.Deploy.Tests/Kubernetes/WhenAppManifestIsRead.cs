using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Kubernetes;

public sealed class WhenAppManifestIsRead : IDisposable
{
    private readonly IReadOnlyDictionary<string, object?> _pod;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("popcon-deploy-k8s-");

    public WhenAppManifestIsRead()
    {
        var deployment = YamlTree.AsMap(
            YamlTree.Parse(RepoFiles.ReadText("deploy", "kubernetes", "app-with-hook.yaml")), "deployment");
        var template = YamlTree.AsMap(YamlTree.AsMap(deployment["spec"], "spec")["template"], "template");
        _pod = YamlTree.AsMap(template["spec"], "pod spec");
    }

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void The_hook_variable_names_the_loader_in_the_shared_volume()
    {
        var init = InitContainer();
        var app = AppContainer();
        var hook = Env(app)["DOTNET_STARTUP_HOOKS"];

        Assert.StartsWith("/", hook, StringComparison.Ordinal);
        Assert.Equal(MountOf(init), MountOf(app));
        Assert.Equal(MountOf(app) + "/" + HookFolder.Loader, hook);
    }

    [Fact]
    public async Task The_init_container_copies_the_whole_hook_folder_of_the_hook_image()
    {
        // The image's folder as the Dockerfile fills it, and the volume, both mapped into a
        // temporary folder; then the init container's own command runs on them.
        var imageFolder = ImageHookFolder();
        var mount = MountOf(InitContainer());
        var image = Path.Combine(_dir.FullName, "image");
        var volume = Path.Combine(_dir.FullName, "volume");
        HookFolder.Create(image);
        Directory.CreateDirectory(volume);
        var command = YamlTree.AsList(InitContainer()["command"], "command")
            .Select(a => Moved(Moved((string)a!, imageFolder, image + "/"), mount + "/", volume + "/"))
            .ToList();

        var result = await ProcessRunner.RunAsync(Tools.Require(command[0], "coreutils"), command.Skip(1));

        Assert.True(result.ExitCode == 0, result.Output);
        HookFolder.AssertComplete(volume);
        var hook = Env(AppContainer())["DOTNET_STARTUP_HOOKS"];
        Assert.True(File.Exists(Moved(hook, mount + "/", volume + "/")), hook);
    }

    [Fact]
    public void The_app_reports_to_the_statsd_exporter_service_of_the_helm_release()
    {
        var app = AppContainer();

        Assert.Equal(
            "popcon-statsd-prometheus-statsd-exporter.monitoring.svc.cluster.local",
            Env(app)["POPCON_STATSD_HOST"]);
        Assert.Equal("8125", Env(app)["POPCON_STATSD_PORT"]);
    }

    private static string Moved(string path, string from, string to) =>
        path.StartsWith(from, StringComparison.Ordinal) ? to + path[from.Length..] : path;

    // The folder the hook image keeps the hook in: the target of its one COPY, ending in '/'.
    private static string ImageHookFolder()
    {
        var copy = Assert.Single(
            RepoFiles.ReadText("deploy", "kubernetes", "popcon-hook.Dockerfile").Split('\n'),
            l => l.StartsWith("COPY ", StringComparison.Ordinal));
        var parts = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["COPY", "."], parts[..2]);
        Assert.EndsWith("/", parts[^1], StringComparison.Ordinal);
        return parts[^1];
    }

    private IReadOnlyDictionary<string, object?> InitContainer() =>
        YamlTree.AsMap(Assert.Single(YamlTree.AsList(_pod["initContainers"], "init")), "init");

    private IReadOnlyDictionary<string, object?> AppContainer() =>
        YamlTree.AsMap(Assert.Single(YamlTree.AsList(_pod["containers"], "containers")), "app");

    private static Dictionary<string, string> Env(IReadOnlyDictionary<string, object?> container) =>
        YamlTree.AsList(container["env"], "env")
            .Select(e => YamlTree.AsMap(e, "env entry"))
            .ToDictionary(e => (string)e["name"]!, e => (string)e["value"]!, StringComparer.Ordinal);

    private static string MountOf(IReadOnlyDictionary<string, object?> container) =>
        (string)YamlTree.AsMap(
            Assert.Single(YamlTree.AsList(container["volumeMounts"], "mounts")), "mount")["mountPath"]!;
}
