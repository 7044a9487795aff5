using System.Net;
using System.Text;
using Popcon.Reporter.Deps;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests.Wire;

public sealed class WhenFlushedPeriodically
{
    private const string App = "/srv/app/";
    private readonly List<string> _lines = [];
    private readonly LoadRecorder _recorder = new();
    private readonly ReportSession _session;

    public WhenFlushedPeriodically()
    {
        const string Deps = """
            {"targets":{"t":{"A/1.0.0":{"runtime":{"lib/A.dll":{}}},"B/2.0.0":{"runtime":{"lib/B.dll":{}}}}},
             "libraries":{"A/1.0.0":{"type":"package"},"B/2.0.0":{"type":"package"}}}
            """;
        var classifier = new AssemblyClassifier(new ProcessLayout(App, null, null), DepsIndex.Parse(Deps, StringComparer.Ordinal));
        _session = new ReportSession(
            new ReporterSettings(), _recorder, classifier, new RuntimeIdentity("Microsoft.NETCore.App", "10.0.12"),
            StatsdEndpoint.Create("127.0.0.1", 9), Capture);
    }

    [Fact]
    public void A_later_flush_sends_only_packages_loaded_since_and_never_a_second_report()
    {
        _recorder.RecordLocation(App + "A.dll");
        _session.Flush("periodic", atExit: false);
        var first = _lines.ToList();
        _lines.Clear();

        _recorder.RecordLocation(App + "A.dll");
        _recorder.RecordLocation(App + "B.dll");
        _session.Flush("exit", atExit: true);
        var second = _lines.ToList();
        _lines.Clear();
        _session.Flush("exit again", atExit: true);

        Assert.Equal(
            [
                "dotnet_popcon.package_used_total:1|c|#package:a,version:1.0.0",
                "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12",
                "dotnet_popcon.reports_total:1|c",
            ],
            first);
        Assert.Equal(["dotnet_popcon.package_used_total:1|c|#package:b,version:2.0.0"], second);
        Assert.Empty(_lines);
    }

    private int Capture(IPEndPoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        _lines.AddRange(datagrams.SelectMany(d => Encoding.UTF8.GetString(d).Split('\n')));
        return datagrams.Count;
    }
}
