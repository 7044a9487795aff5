using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Kubernetes;

public sealed class WhenAppManifestIsRead
{
    private readonly IReadOnlyDictionary<string, object?> _pod;

    public WhenAppManifestIsRead()
    {
        var deployment = YamlTree.AsMap(
            YamlTree.Parse(RepoFiles.ReadText("deploy", "kubernetes", "app-with-hook.yaml")), "deployment");
        var template = YamlTree.AsMap(YamlTree.AsMap(deployment["spec"], "spec")["template"], "template");
        _pod = YamlTree.AsMap(template["spec"], "pod spec");
    }

    [Fact]
    public void The_hook_variable_names_the_file_the_init_container_copies_into_the_shared_volume()
    {
        var init = YamlTree.AsMap(Assert.Single(YamlTree.AsList(_pod["initContainers"], "init")), "init");
        var app = YamlTree.AsMap(Assert.Single(YamlTree.AsList(_pod["containers"], "containers")), "app");
        var copiedTo = (string)YamlTree.AsList(init["command"], "command")[^1]!;
        var hook = Env(app)["DOTNET_STARTUP_HOOKS"];

        Assert.Equal(copiedTo, hook);
        Assert.StartsWith("/", hook, StringComparison.Ordinal);
        Assert.Equal(MountOf(init), MountOf(app));
        Assert.StartsWith(MountOf(app) + "/", hook, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_reports_to_the_statsd_exporter_service_of_the_helm_release()
    {
        var app = YamlTree.AsMap(YamlTree.AsList(_pod["containers"], "containers")[0], "app");

        Assert.Equal(
            "popcon-statsd-prometheus-statsd-exporter.monitoring.svc.cluster.local",
            Env(app)["POPCON_STATSD_HOST"]);
        Assert.Equal("8125", Env(app)["POPCON_STATSD_PORT"]);
    }

    private static Dictionary<string, string> Env(IReadOnlyDictionary<string, object?> container) =>
        YamlTree.AsList(container["env"], "env")
            .Select(e => YamlTree.AsMap(e, "env entry"))
            .ToDictionary(e => (string)e["name"]!, e => (string)e["value"]!, StringComparer.Ordinal);

    private static string MountOf(IReadOnlyDictionary<string, object?> container) =>
        (string)YamlTree.AsMap(
            Assert.Single(YamlTree.AsList(container["volumeMounts"], "mounts")), "mount")["mountPath"]!;
}
