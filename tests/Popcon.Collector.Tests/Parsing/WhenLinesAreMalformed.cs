using Popcon.Collector.Statsd;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Parsing;

public sealed class WhenLinesAreMalformed
{
    [Theory]
    [InlineData("a", "malformed_line")]
    [InlineData(":1|c", "malformed_line")]
    [InlineData("a:1", "not_enough_parts_after_colon")]
    [InlineData("a:1:2|c", "invalid_extended_aggregate_type")]
    [InlineData("a:1|c|@0.5|#k:v|c:x|T1|T2", "malformed_component")]
    [InlineData("a:1|c||@0.1", "malformed_component")]
    [InlineData("a:1|c|", "malformed_component")]
    [InlineData("a:x|c", "malformed_value")]
    [InlineData("a:|c", "malformed_value")]
    [InlineData("a: 1|c", "malformed_value")]
    [InlineData("a:NaN|c", "malformed_value")]
    [InlineData("a:1e999|c", "malformed_value")]
    [InlineData("a:1e308|c|@0.01", "malformed_value")]
    [InlineData("a:1|c|@x", "invalid_sample_factor")]
    [InlineData("a:1|c|@0", "invalid_sample_factor")]
    [InlineData("a:1|c|@-0.5", "invalid_sample_factor")]
    [InlineData("a:1|c|@2", "invalid_sample_factor")]
    [InlineData("a:1|c|x", "invalid_sample_factor")]
    [InlineData("a:1|c|#k:v|c:", "malformed_container_id")]
    [InlineData("a:1|c|#k:v|cx", "malformed_container_id")]
    [InlineData("a:1|q", "illegal_event")]
    [InlineData("a:1|", "illegal_event")]
    [InlineData("a:-1|c", "illegal_negative_counter")]
    [InlineData("a,k=v:1|c|#k2:v2", "mixed_tagging_styles")]
    [InlineData("a#k=v:1|c|#k2:v2", "mixed_tagging_styles")]
    [InlineData("a]k=v[:1|c", "invalid_signalfx_tags")]
    [InlineData("a[k=v:1|c", "invalid_signalfx_tags")]
    [InlineData("a]:1|c", "invalid_signalfx_tags")]
    [InlineData(",k=v:1|c", "empty_metric_name")]
    [InlineData("[k=v]:1|c", "empty_metric_name")]
    [InlineData("popcon_collector_lines_total:1|c", "reserved_name")]
    [InlineData("popcon_collector.series:1|c", "reserved_name")]
    [InlineData("foo:1o|c", "malformed_value")]
    [InlineData("foo:2|t", "illegal_event")]
    [InlineData("foo:100|c|@0.1|#tag1:value|c:container|extra:component", "invalid_sample_factor")]
    [InlineData("foo:100|c|#tag1:value|c", "malformed_container_id")]
    [InlineData("karafka.consumer.consume.cpu_idle_second:  0.111090  -0.055903", "not_enough_parts_after_colon")]
    public void The_line_is_dropped_and_counted_by_reason(string line, string reason)
    {
        var collector = new InProcessCollector();

        collector.Send(line);

        Assert.Empty(collector.Samples());
        Assert.Equal(1, collector.Rejected(reason));
        Assert.Equal(1, collector.Metrics.RejectedTotal);
    }

    [Fact]
    public void Invalid_utf8_is_dropped_and_counted()
    {
        var collector = new InProcessCollector();

        collector.SendBytes([.. "a:1|c|#k:"u8, 0xC3, 0x28, .. "\nb:1|c"u8]);

        Assert.Equal(["b 1"], collector.Samples());
        Assert.Equal(1, collector.Rejected(RejectReason.InvalidUtf8));
    }

    [Fact]
    public void A_line_over_the_length_limit_is_dropped_and_counted()
    {
        var collector = new InProcessCollector(configure: o => o.MaxLineLength = 64);

        collector.Send("a:1|c|#k:" + new string('x', 60), "b:1|c|#k:" + new string('x', 55));

        Assert.Equal(["b{k=\"" + new string('x', 55) + "\"} 1"], collector.Samples());
        Assert.Equal(1, collector.Rejected(RejectReason.LineTooLong));
    }

    [Fact]
    public void A_container_id_without_dogstatsd_tags_splits_as_in_statsd_exporter_and_is_refused()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1|c|c:abc123");

        Assert.Empty(collector.Samples());
        Assert.Equal(1, collector.Rejected(RejectReason.MalformedContainerId));
        Assert.Equal(1, collector.Rejected(RejectReason.MalformedComponent));
    }

    [Theory]
    [InlineData("a:1|c|#k", "a 1")]
    [InlineData("a:1|c|#:v", "a 1")]
    [InlineData("a:1|c|#,k:v", "a{k=\"v\"} 1")]
    [InlineData("a,k:1|c", "a 1")]
    [InlineData("foo:100|c|#tag:value,,", "foo{tag=\"value\"} 100")]
    [InlineData("foo.[tag1,tag2]test:100|c", "foo_test 100")]
    [InlineData("a,=v,k=v:1|c", "a{k=\"v\"} 1")]
    public void A_malformed_tag_is_skipped_and_counted_while_the_sample_is_kept(string line, string expected)
    {
        var collector = new InProcessCollector();

        collector.Send(line);

        Assert.Equal([expected], collector.Samples());
        Assert.InRange(collector.Metrics.TagErrors.Value, 1, 2);
    }

    [Theory]
    [InlineData("a:1|g", "gauge", 1)]
    [InlineData("a:-1|g", "gauge", 1)]
    [InlineData("a:1|ms", "timer", 1)]
    [InlineData("a:1|ms|@0.1", "timer", 1)]
    [InlineData("a:1:2:3|ms", "timer", 3)]
    [InlineData("a:1|h", "histogram", 1)]
    [InlineData("a:1:2|d|#k:v", "distribution", 2)]
    [InlineData("a:user42|s", "set", 1)]
    public void Other_metric_types_are_counted_as_ignored(string line, string type, long count)
    {
        var collector = new InProcessCollector();

        collector.Send(line);

        Assert.Empty(collector.Samples());
        Assert.Equal(count, collector.Ignored(type));
        Assert.Equal(0, collector.Metrics.RejectedTotal);
    }

    [Fact]
    public void A_sample_that_would_overflow_the_total_is_dropped_and_the_total_stays_finite()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1e308|c", "a:1e308|c");

        Assert.Equal(["a 1E+308"], collector.Samples());
        Assert.Equal(1, collector.Rejected(RejectReason.MalformedValue));
    }

    [Fact]
    public void A_bad_sample_in_a_multi_value_line_leaves_the_good_ones()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1|c:x|c:2|g:3|c");

        Assert.Equal(["a 4"], collector.Samples());
        Assert.Equal(1, collector.Rejected(RejectReason.MalformedValue));
        Assert.Equal(1, collector.Ignored(IgnoredType.Gauge));
        Assert.Equal(4, collector.Metrics.Samples.Value);
    }
}
