using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Helm;

public sealed class WhenHelmValuesAreRead
{
    // The top-level keys of the prometheus-statsd-exporter chart's values.yaml: a key outside
    // them is a typo the chart would silently ignore.
    private static readonly HashSet<string> ChartKeys =
    [
        "replicaCount", "image", "imagePullSecrets", "nameOverride", "fullnameOverride",
        "extraEnv", "extraArgs", "statsd", "livenessProbe", "readinessProbe", "prometheus",
        "serviceMonitor", "serviceAccount", "podAnnotations", "podLabels", "podSecurityContext",
        "securityContext", "service", "ingress", "resources", "autoscaling", "nodeSelector",
        "tolerations", "affinity",
    ];

    private readonly IReadOnlyDictionary<string, object?> _values = YamlTree.AsMap(
        YamlTree.Parse(RepoFiles.ReadText("deploy", "helm", "prometheus-statsd-exporter-values.yaml")),
        "values");

    [Fact]
    public void The_embedded_mapping_equals_the_shipped_mapping_file()
    {
        var statsd = YamlTree.AsMap(_values["statsd"], "statsd");
        var embedded = YamlTree.Parse((string)statsd["mappingConfig"]!);
        var shipped = YamlTree.Parse(RepoFiles.ReadText("deploy", "statsd_exporter", "mapping.yml"));

        Assert.Equal(YamlTree.Canonical(shipped), YamlTree.Canonical(embedded));
    }

    [Fact]
    public void Only_keys_the_chart_reads_are_set()
    {
        Assert.All(_values.Keys, key => Assert.Contains(key, ChartKeys));
    }

    [Fact]
    public void Pods_are_annotated_for_scraping_on_the_service_port()
    {
        var annotations = YamlTree.AsMap(_values["podAnnotations"], "podAnnotations");
        var service = YamlTree.AsMap(_values["service"], "service");

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal(service["port"], annotations["prometheus.io/port"]);
        Assert.Equal(service["path"], annotations["prometheus.io/path"]);
    }

    [Fact]
    public void Statsd_listens_on_the_usual_statsd_port()
    {
        var statsd = YamlTree.AsMap(_values["statsd"], "statsd");

        Assert.Equal("8125", statsd["udpPort"]);
    }
}
