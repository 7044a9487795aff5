using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Parsing;

public sealed class WhenLinesAreWellFormed
{
    [Theory]
    [InlineData("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4",
        "dotnet_popcon_package_used_total{package=\"newtonsoft.json\",version=\"13.0.4\"} 1")]
    [InlineData("dotnet_popcon.package_used_total:1|c|#package:my.module,version:1.2.0,source:powershell",
        "dotnet_popcon_package_used_total{package=\"my.module\",source=\"powershell\",version=\"1.2.0\"} 1")]
    [InlineData("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json",
        "dotnet_popcon_package_used_total{package=\"newtonsoft.json\"} 1")]
    [InlineData("dotnet_popcon.reports_total:1|c", "dotnet_popcon_reports_total 1")]
    [InlineData("dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c",
        "dotnet_popcon_package_used_total{package=\"newtonsoft.json\",version=\"13.0.4\"} 1")]
    [InlineData("dotnet_popcon.package_used.newtonsoft.json:1|c",
        "dotnet_popcon_package_used_total{package=\"newtonsoft.json\"} 1")]
    [InlineData("dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12:1|c",
        "dotnet_popcon_runtime_used_total{runtime=\"microsoft.netcore.app\",version=\"10.0.12\"} 1")]
    [InlineData("dotnet_popcon.reports:1|c", "dotnet_popcon_reports_total 1")]
    [InlineData("python_popcon.library_used.zope.interface:1|c", "python_popcon_library_used{library=\"zope.interface\"} 1")]
    [InlineData("python_popcon.imported_package.yaml:1|c", "python_popcon_imported_package{package=\"yaml\"} 1")]
    [InlineData("python_popcon.namespace.web.library_used.zope.interface:1|c",
        "python_popcon_library_used{library=\"zope.interface\",namespace=\"web\"} 1")]
    [InlineData("python_popcon.reports:1|c", "python_popcon_reports 1")]
    [InlineData("a.b:1|c|@0.1", "a_b 10")]
    [InlineData("a.b:3|c|@0.5|#k:v", "a_b{k=\"v\"} 6")]
    [InlineData("a:0.5|c", "a 0.5")]
    [InlineData("a:1e3|c", "a 1000")]
    [InlineData("a:+2|c", "a 2")]
    [InlineData("a:1|c:2|c", "a 3")]
    [InlineData("a:1|c|@0.5:2|c", "a 4")]
    [InlineData("req,host=web1,env=prod:1|c", "req{env=\"prod\",host=\"web1\"} 1")]
    [InlineData("req#host=web1,env=prod:1|c", "req{env=\"prod\",host=\"web1\"} 1")]
    [InlineData("req[host=web1,env=prod]:1|c", "req{env=\"prod\",host=\"web1\"} 1")]
    [InlineData("req[host=web1].count:1|c", "req_count{host=\"web1\"} 1")]
    [InlineData("a:1|c|#k:v,#k2:v2", "a{k=\"v\",k2=\"v2\"} 1")]
    [InlineData("a:1|c|#k:v,k:w", "a{k=\"w\"} 1")]
    [InlineData("a:1|c|#k:a:b", "a{k=\"a:b\"} 1")]
    [InlineData("a:1|c|#k:v|c:abc123", "a{container_id=\"abc123\",k=\"v\"} 1")]
    [InlineData("a:1|c|T1656581400", "a 1")]
    [InlineData("a:1|c\r", "a 1")]
    [InlineData("my-app.requests/sec:1|c", "my_app_requests_sec 1")]
    [InlineData("1abc:1|c", "_1abc 1")]
    [InlineData("a--b---c:1|c", "a_b_c 1")]
    [InlineData("caf\u00e9:1|c", "caf_ 1")]
    [InlineData("a:1|c|#my.key:v,2x:y", "a{_2x=\"y\",my_key=\"v\"} 1")]
    [InlineData("a:1|c|#k:say \"hi\" \\ there", "a{k=\"say \\\"hi\\\" \\\\ there\"} 1")]
    [InlineData("a:1|c|#k:caf\u00e9 \u2603", "a{k=\"caf\u00e9 \u2603\"} 1")]
    [InlineData("a:1|c|#k:", "a 1")]
    [InlineData("a:0|c", "a 0")]
    [InlineData("[tag1=bar,tag2=baz]foo.test:100|c", "foo_test{tag1=\"bar\",tag2=\"baz\"} 100")]
    [InlineData("foo.[]test:100|c", "foo_test 100")]
    [InlineData("foo:100|c|#09digits:0,tag.with.dots:1", "foo{_09digits=\"0\",tag_with_dots=\"1\"} 100")]
    [InlineData("foo,09digits=0,tag.with.dots=1:100|c", "foo{_09digits=\"0\",tag_with_dots=\"1\"} 100")]
    [InlineData("foo:100|c|#tag1:value|c:sha256:abcd1234", "foo{container_id=\"sha256:abcd1234\",tag1=\"value\"} 100")]
    [InlineData("requests:100|c|@0.1|#service:web|c:abc123|T1656581400",
        "requests{container_id=\"abc123\",service=\"web\"} 1000")]
    [InlineData("foo:100|c|#tag:val|Tnot-a-ts", "foo{tag=\"val\"} 100")]
    [InlineData("foo:100|c|#tag:val|T", "foo{tag=\"val\"} 100")]
    public void Each_line_form_becomes_the_series_statsd_exporter_would_expose(string line, string expected)
    {
        var collector = new InProcessCollector();

        collector.Send(line);

        Assert.Equal([expected], collector.Samples());
        Assert.Equal(0, collector.Metrics.RejectedTotal);
    }

    [Fact]
    public void Many_lines_in_one_datagram_are_all_counted()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1|c", "", "b:2|c", "a:3|c|#k:v", "a:4|c");

        Assert.Equal(["a 5", "a{k=\"v\"} 3", "b 2"], collector.Samples());
        Assert.Equal(4, collector.Metrics.Lines.Value);
        Assert.Equal(1, collector.Metrics.UdpPackets.Value);
    }

    [Fact]
    public void Tags_in_another_order_reach_the_same_series()
    {
        var collector = new InProcessCollector();

        collector.Send("a:1|c|#x:1,y:2", "a:1|c|#y:2,x:1", "a,y=2,x=1:1|c");

        Assert.Equal(["a{x=\"1\",y=\"2\"} 3"], collector.Samples());
    }

    [Fact]
    public void The_exposition_groups_series_under_one_help_and_type_line()
    {
        var collector = new InProcessCollector();

        collector.Send("b:1|c|#k:2", "a:1|c", "b:1|c|#k:1");

        Assert.Equal(
            """
            # HELP a Count received over statsd, all-time total.
            # TYPE a counter
            a 1
            # HELP b Count received over statsd, all-time total.
            # TYPE b counter
            b{k="1"} 1
            b{k="2"} 1

            """,
            collector.SeriesDocument());
    }
}
