using System.Globalization;
using System.Net;
using System.Text;
using Popcon.Reporter.Deps;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests.Wire;

/// <summary>A session with 5,000 package assemblies recorded, several times over.</summary>
public sealed class WhenAProcessLoadsThousandsOfAssemblies
{
    private const int Packages = 5000;
    private readonly List<byte[]> _sent = [];
    private readonly ReportSession _session;
    private readonly LoadRecorder _recorder = new();

    public WhenAProcessLoadsThousandsOfAssemblies()
    {
        var app = Path.Combine(Path.GetTempPath(), "popcon-many-app") + Path.DirectorySeparatorChar;
        var deps = new StringBuilder("{\"targets\":{\"t\":{");
        var libraries = new StringBuilder("\"libraries\":{");
        for (var i = 0; i < Packages; i++)
        {
            var separator = i == 0 ? string.Empty : ",";
            deps.Append(separator).Append(CultureInfo.InvariantCulture, $"\"Pkg{i}/1.0.{i}\":{{\"runtime\":{{\"lib/net8.0/Pkg{i}.dll\":{{}}}}}}");
            libraries.Append(separator).Append(CultureInfo.InvariantCulture, $"\"Pkg{i}/1.0.{i}\":{{\"type\":\"package\"}}");
        }

        var json = deps.Append("}},").Append(libraries).Append("}}").ToString();
        var layout = new ProcessLayout(app, null, null);
        var classifier = new AssemblyClassifier(layout, DepsIndex.Parse(json, StringComparer.Ordinal));
        var settings = new ReporterSettings();
        var endpoint = StatsdEndpoint.Create("127.0.0.1", 9);
        _session = new ReportSession(settings, _recorder, classifier, new RuntimeIdentity("Microsoft.NETCore.App", "10.0.12"), endpoint, Capture);
        for (var copy = 0; copy < 3; copy++)
        {
            for (var i = 0; i < Packages; i++)
            {
                _recorder.RecordLocation(app + $"Pkg{i}.dll");
            }
        }
    }

    [Fact]
    public void Every_package_goes_out_exactly_once_in_datagrams_of_at_most_1432_bytes()
    {
        _session.Flush("test", atExit: false);
        _session.Flush("test again", atExit: false);

        Assert.All(_sent, d => Assert.InRange(d.Length, 1, DatagramBatcher.MaxPayloadBytes));
        var lines = _sent.SelectMany(d => Encoding.UTF8.GetString(d).Split('\n')).ToList();
        Assert.Equal(Packages + 2, lines.Count);
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("dotnet_popcon.package_used_total:1|c|#package:pkg4999,version:1.0.4999", lines);
    }

    private int Capture(IPEndPoint endpoint, IReadOnlyList<byte[]> datagrams)
    {
        _sent.AddRange(datagrams);
        return datagrams.Count;
    }
}
