using Popcon.Reporter;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Benchmarks.Reporter;

/// <summary>
/// The hook's exit-time work for one process, driven through the same internals ReporterHost
/// wires together: record locations, then one flush at exit that reads deps.json, classifies
/// every location, formats the lines, batches them into datagrams and sends them. The only file
/// that knows how the reporter's parts fit, so internal changes are fixed here alone.
/// </summary>
internal static class ExitPath
{
    /// <summary>Records <paramref name="app"/>'s locations and flushes them as at exit (or, for
    /// checks, as a periodic flush, which has no time budget); returns the number of lines sent.</summary>
    public static int RecordAndFlush(SyntheticApp app, int port, bool atExit = true)
    {
        var recorder = new LoadRecorder();
        foreach (var location in app.Locations)
        {
            recorder.RecordLocation(location);
        }

        var layout = Layout(app);
        var settings = new ReporterSettings { Port = port, FlushIntervalSeconds = 0 };
        var deps = AssemblyClassifier.LoadDeps(layout, app.DepsFile);
        var session = new ReportSession(
            settings,
            recorder,
            new AssemblyClassifier(layout, deps),
            RuntimeIdentity.Of(app.CoreLib, deps),
            StatsdEndpoint.Create(settings.Host, port));
        return session.Flush("benchmark", atExit);
    }

    /// <summary>Reads deps.json and classifies every location; returns packages found.</summary>
    public static int Classify(SyntheticApp app)
    {
        var layout = Layout(app);
        var classifier = new AssemblyClassifier(layout, AssemblyClassifier.LoadDeps(layout, app.DepsFile));
        var found = 0;
        foreach (var location in app.Locations)
        {
            found += classifier.Classify(location) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Formats <paramref name="packages"/> package lines and batches them; returns the
    /// number of datagrams.</summary>
    public static int FormatAndBatch(int packages)
    {
        var formatter = new StatsdFormatter(ReporterSettings.DefaultPrefix, TagMode.DogStatsD, includeVersions: true);
        var lines = new List<string>(packages + 2);
        for (var i = 0; i < packages; i++)
        {
            lines.Add(formatter.PackageLine(new PackageUse($"Bench.Package{i:D4}", $"1.{i % 7}.{i}", null)));
        }

        lines.Add(formatter.RuntimeLine("microsoft.netcore.app", "10.0.12"));
        lines.Add(formatter.ReportLine());
        return DatagramBatcher.Batch(lines).Count;
    }

    private static ProcessLayout Layout(SyntheticApp app) =>
        new(app.AppDirectory, app.DotnetRoot, "/nowhere/Popcon.Reporter.dll");
}
