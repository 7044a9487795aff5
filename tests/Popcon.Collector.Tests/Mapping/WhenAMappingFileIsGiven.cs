using Popcon.Collector.Mapping;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Mapping;

public sealed class WhenAMappingFileIsGiven
{
    [Fact]
    public void A_glob_rule_names_the_metric_and_fills_labels_from_captures()
    {
        var collector = With("""
            mappings:
            - match: client.*.request.*
              name: request_${2}_total
              labels:
                client: $1
                kind: "static"
            """);

        collector.Send("client.web.request.count:1|c", "client.api.request.size:2|c", "client.web.other:1|c");

        Assert.Equal(
            ["client_web_other 1", "request_count_total{client=\"web\",kind=\"static\"} 1",
                "request_size_total{client=\"api\",kind=\"static\"} 2"],
            collector.Samples());
    }

    [Fact]
    public void A_glob_star_matches_one_whole_part_only()
    {
        var collector = With("""
            mappings:
            - match: a.*
              name: one
            """);

        collector.Send("a.b:1|c", "a.b.c:1|c", "a:1|c");

        Assert.Equal(["a 1", "a_b_c 1", "one 1"], collector.Samples());
    }

    [Fact]
    public void The_first_matching_glob_in_file_order_wins()
    {
        var collector = With("""
            mappings:
            - match: a.*.c
              name: first
            - match: a.b.c
              name: second
            - match: a.b.*
              name: third
            """);

        collector.Send("a.b.c:1|c", "a.b.d:1|c");

        Assert.Equal(["first 1", "third 1"], collector.Samples());
    }

    [Fact]
    public void With_glob_ordering_disabled_the_most_specific_glob_wins()
    {
        var collector = With("""
            defaults:
              glob_disable_ordering: true
            mappings:
            - match: a.*.*
              name: stars
            - match: a.*.c
              name: later_star
            - match: a.b.*
              name: literal_first
            """);

        collector.Send("a.b.c:1|c", "a.x.c:1|c", "a.x.y:1|c");

        Assert.Equal(["later_star 1", "literal_first 1", "stars 1"], collector.Samples());
    }

    [Fact]
    public void Globs_are_tried_before_regexes_whatever_the_file_order()
    {
        var collector = With("""
            mappings:
            - match: '^a\.(.*)$'
              match_type: regex
              name: from_regex
            - match: a.*
              name: from_glob
            - match: '^b\.(.*)$'
              match_type: regex
              name: regex_$1
            - match: '^b\.x$'
              match_type: regex
              name: shadowed
            """);

        collector.Send("a.x:1|c", "b.x:1|c");

        Assert.Equal(["from_glob 1", "regex_x 1"], collector.Samples());
    }

    [Fact]
    public void Regex_templates_expand_numbered_and_named_groups_as_go_does()
    {
        var collector = With("""
            defaults:
              match_type: regex
            mappings:
            - match: '^app\.(?P<svc>[a-z]+)\.(?:x\.)?(\d+)\.hits$'
              name: hits_total
              labels:
                first: ${1}
                second: $2
                named: $svc
                literal: cost$$
                glued: $1x
                missing: $9
                whole: $0
            """);

        collector.Send("app.web.42.hits:1|c");

        Assert.Equal(
            ["hits_total{first=\"web\",literal=\"cost$\",named=\"web\",second=\"42\",whole=\"app.web.42.hits\"} 1"],
            collector.Samples());
    }

    [Fact]
    public void A_drop_rule_discards_samples_and_counts_them()
    {
        var collector = With("""
            mappings:
            - match: noisy.*
              action: drop
            - match: '^secret'
              match_type: regex
              name: ignored
              action: drop
            """);

        collector.Send("noisy.a:1|c", "secret.b:1|c", "kept:1|c");

        Assert.Equal(["kept 1"], collector.Samples());
        Assert.Equal(2, collector.Metrics.MappingDrops.Value);
    }

    [Fact]
    public void Honor_labels_lets_tags_win_and_otherwise_the_rule_wins()
    {
        var collector = With("""
            mappings:
            - match: honored.*
              name: honored
              honor_labels: true
              labels:
                env: $1
            - match: overridden.*
              name: overridden
              labels:
                env: $1
            """);

        collector.Send("honored.prod:1|c|#env:tag", "overridden.prod:1|c|#env:tag", "honored.dev:1|c");

        Assert.Equal(
            ["honored{env=\"dev\"} 1", "honored{env=\"tag\"} 1", "overridden{env=\"prod\"} 1"],
            collector.Samples());
    }

    [Fact]
    public void Match_metric_type_limits_a_rule_to_that_statsd_type()
    {
        var collector = With("""
            mappings:
            - match: a.*
              match_metric_type: gauge
              name: gauge_rule
            - match: a.*
              match_metric_type: counter
              name: counter_rule
            """);

        collector.Send("a.b:1|c", "a.b:5|g");

        Assert.Equal(["counter_rule 1"], collector.Samples());
        Assert.Equal(1, collector.Ignored("gauge"));
    }

    [Fact]
    public void Help_and_scale_shape_the_exposed_counter()
    {
        var collector = With("""
            mappings:
            - match: bytes.*
              name: bytes_total
              help: "Bytes sent, by peer"
              scale: 1024
              labels:
                peer: $1
            """);

        collector.Send("bytes.db:2|c");

        Assert.Equal(
            "# HELP bytes_total Bytes sent, by peer\n# TYPE bytes_total counter\nbytes_total{peer=\"db\"} 2048\n",
            collector.SeriesDocument());
    }

    [Fact]
    public void Names_and_labels_of_unmatched_lines_stay_escaped_tags()
    {
        var collector = With("""
            mappings:
            - match: other.*
              name: other
            """);

        collector.Send("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4", "my-app.hits:1|c");

        Assert.Equal(
            ["dotnet_popcon_package_used_total{package=\"newtonsoft.json\",version=\"13.0.4\"} 1", "my_app_hits 1"],
            collector.Samples());
    }

    [Fact]
    public void Keys_for_other_metric_types_are_accepted_and_reported_once()
    {
        var ignored = new SortedSet<string>(StringComparer.Ordinal);

        var mapper = MappingFileLoader.Parse(
            """
            defaults:
              observer_type: histogram
              ttl: 10m
              histogram_options:
                buckets: [0.1, 1]
            mappings:
            - match: t.*
              name: t
              observer_type: summary
              summary_options:
                quantiles:
                  - quantile: 0.9
                    error: 0.01
            - match: u.*
              name: u
              buckets: [1, 2]
            """,
            ignored,
            "test.yml");

        Assert.Equal(2, mapper.Count);
        Assert.Equal(["buckets", "histogram_options", "observer_type", "summary_options", "ttl"], ignored);
    }

    [Fact]
    public void An_empty_file_maps_nothing()
    {
        var collector = With("");

        collector.Send("a.b:1|c");

        Assert.Equal(["a_b 1"], collector.Samples());
    }

    private static InProcessCollector With(string yaml) =>
        new(MappingFileLoader.Parse(yaml, new HashSet<string>(), "test.yml"));
}
