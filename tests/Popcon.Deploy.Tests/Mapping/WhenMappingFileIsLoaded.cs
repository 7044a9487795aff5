using System.Text.RegularExpressions;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Mapping;

public sealed partial class WhenMappingFileIsLoaded
{
    private readonly StatsdMappingFile _file = StatsdMappingFile.LoadShipped();

    [Fact]
    public void Only_keys_statsd_exporter_reads_strictly_are_used()
    {
        Assert.All(_file.TopKeys, key => Assert.Contains(key, StatsdMappingFile.KnownTopKeys));
        Assert.All(_file.Rules, rule => Assert.All(
            rule.Keys, key => Assert.Contains(key, StatsdMappingFile.KnownRuleKeys)));
    }

    [Fact]
    public void Every_rule_is_a_regex_anchored_at_both_ends()
    {
        // statsd_exporter searches with an unanchored regex; the anchors keep a rule from
        // matching inside a longer name.
        Assert.NotEmpty(_file.Rules);
        Assert.All(_file.Rules, rule =>
        {
            Assert.Equal("regex", rule.MatchType);
            Assert.StartsWith("^", rule.Match, StringComparison.Ordinal);
            Assert.EndsWith("$", rule.Match, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_regex_stays_in_the_subset_RE2_and_dotnet_share()
    {
        Assert.All(_file.Rules, rule => Assert.Empty(PortableRegex.Violations(rule.Match)));
    }

    [Fact]
    public void Templates_reference_groups_only_with_braces()
    {
        Assert.All(_file.Rules, rule =>
        {
            Assert.Empty(PortableRegex.BareTemplateReferences(rule.Name));
            Assert.All(rule.Labels.Values, v => Assert.Empty(PortableRegex.BareTemplateReferences(v)));
        });
    }

    [Fact]
    public void Names_and_label_names_pass_the_checks_statsd_exporter_makes_at_load()
    {
        Assert.All(_file.Rules, rule =>
        {
            Assert.Matches(MetricName(), rule.Name);
            Assert.All(rule.Labels.Keys, label => Assert.Matches(LabelName(), label));
        });
    }

    [Fact]
    public void The_names_produced_are_exactly_those_of_the_architecture()
    {
        var architecture = ArchitectureDoc.MetricNames();
        var produced = _file.Rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(architecture.Order(StringComparer.Ordinal), produced.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_untagged_example_line_of_the_architecture_maps()
    {
        var mapper = new RegexMapper(_file);
        var lines = ArchitectureDoc.UntaggedExampleLines();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.NotNull(mapper.MapLine(line)));
    }

    // The metric and label name checks statsd_exporter applies when it loads a mapping.
    [GeneratedRegex(@"^([a-zA-Z_]|\$\{?[0-9]+\}?)([a-zA-Z0-9_]|\$\{?[0-9]+\}?)*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]+$")]
    private static partial Regex LabelName();
}
