namespace Popcon.Deploy.Tests.Mapping;

public sealed class WhenPlainDotnetLinesAreMapped
{
    private readonly RegexMapper _mapper = new(StatsdMappingFile.LoadShipped());

    [Theory]
    [InlineData(
        "dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c",
        "dotnet_popcon_package_used_total",
        "package=newtonsoft.json,version=13.0.4")]
    [InlineData(
        "dotnet_popcon.package_used.microsoft.extensions.logging.abstractions/8.0.0-rc.1.23419.4:1|c",
        "dotnet_popcon_package_used_total",
        "package=microsoft.extensions.logging.abstractions,version=8.0.0-rc.1.23419.4")]
    [InlineData(
        "dotnet_popcon.package_used.yamldotnet/16.3.0:1|c",
        "dotnet_popcon_package_used_total",
        "package=yamldotnet,version=16.3.0")]
    [InlineData(
        "dotnet_popcon.package_used.system.text.json:1|c",
        "dotnet_popcon_package_used_total",
        "package=system.text.json")]
    [InlineData(
        "dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12:1|c",
        "dotnet_popcon_runtime_used_total",
        "runtime=microsoft.netcore.app,version=10.0.12")]
    [InlineData(
        "dotnet_popcon.runtime_used.microsoft.aspnetcore.app:1|c",
        "dotnet_popcon_runtime_used_total",
        "runtime=microsoft.aspnetcore.app")]
    [InlineData("dotnet_popcon.reports:1|c", "dotnet_popcon_reports_total", "")]
    public void Each_line_maps_to_the_architecture_metric_and_labels(
        string line, string metric, string labels)
    {
        var mapped = _mapper.MapLine(line);

        Assert.NotNull(mapped);
        Assert.Equal(metric, mapped.Name);
        Assert.Equal(labels, mapped.LabelText);
    }

    [Theory]
    [InlineData("dotnet_popcon.package_used_total", "dotnet_popcon_package_used_total")]
    [InlineData("dotnet_popcon.runtime_used_total", "dotnet_popcon_runtime_used_total")]
    [InlineData("dotnet_popcon.reports_total", "dotnet_popcon_reports_total")]
    public void Tagged_names_match_no_rule_so_default_escaping_names_them(
        string statsdName, string metric)
    {
        // statsd_exporter names an unmapped metric by turning '.' into '_', and the dogstatsd
        // tags become its labels: the tagged form needs no rule to reach the same metric.
        Assert.Null(_mapper.MapName(statsdName));
        Assert.Equal(metric, statsdName.Replace('.', '_'));
    }

    [Theory]
    [InlineData("dotnet_popcon.package_used./13.0.4")]
    [InlineData("dotnet_popcon.package_used.a/b/c")]
    [InlineData("dotnet_popcon.reports.extra")]
    [InlineData("other.dotnet_popcon.reports")]
    public void Malformed_names_match_no_rule(string statsdName)
    {
        Assert.Null(_mapper.MapName(statsdName));
    }
}
