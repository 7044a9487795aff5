using Popcon.Collector.Mapping;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Mapping;

/// <summary>Known limitations, each documented in docs/collector.md.</summary>
public sealed class WhenInputIsOutsideWhatPopconSupports
{
    [Fact]
    public void KnownLimitations_plain_lines_with_a_custom_prefix_stay_unmapped_and_escaped()
    {
        var collector = new InProcessCollector();

        collector.Send(
            "myco.package_used.newtonsoft.json/13.0.4:1|c",
            "myco.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4");

        Assert.Equal(
            ["myco_package_used_newtonsoft_json_13_0_4 1",
                "myco_package_used_total{package=\"newtonsoft.json\",version=\"13.0.4\"} 1"],
            collector.Samples());
    }

    [Fact]
    public void KnownLimitations_label_value_length_counts_utf16_code_units()
    {
        var collector = new InProcessCollector(configure: o => o.MaxLabelValueLength = 4);

        collector.Send("a:1|c|#k:\u2603\u2603\u2603\u2603", "a:1|c|#k:\U0001F600\U0001F600\U0001F600");

        Assert.Equal(["a{k=\"\u2603\u2603\u2603\u2603\"} 1"], collector.Samples());
        Assert.Equal(1, collector.Dropped(Metrics.DropLimit.MaxLabelValueLength));
    }

    [Fact]
    public void KnownLimitations_a_bad_sample_rate_drops_the_sample_where_statsd_exporter_counts_it_once()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1|c|@abc", "a:1|c|@0");

        Assert.Empty(collector.Samples());
        Assert.Equal(2, collector.Rejected("invalid_sample_factor"));
    }

    [Fact]
    public void KnownLimitations_label_values_that_differ_only_by_being_empty_are_the_same_series()
    {
        var collector = new InProcessCollector(MappingFileLoader.Parse(
            """
            mappings:
            - match: a.*
              name: a
              labels:
                x: $1
                y: $2
            """,
            new HashSet<string>(),
            "test.yml"));

        collector.Send("a.v:1|c", "a.v:1|c|#y:");

        Assert.Equal(["a{x=\"v\"} 2"], collector.Samples());
    }
}
