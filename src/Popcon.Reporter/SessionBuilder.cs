using System;
using Popcon.Reporter.Deps;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter;

/// <summary>
/// Builds the report session of this process, or decides there is none: the reporter is
/// switched off, or this process is one not to count. Run by the preparation in
/// <see cref="ReporterHost"/>, on the reporter's own thread or, for a very short process, at exit.
/// </summary>
internal static class SessionBuilder
{
    /// <summary>Returns the session, or null when this process reports nothing.</summary>
    public static ReportSession? Build(
        ReporterMode mode, ReporterSettings settings, LoadRecorder recorder, TimeSpan selfLogWait)
    {
        if (settings.Disabled)
        {
            return Off(recorder, "POPCON_DISABLE is set", selfLogWait);
        }

        var layout = ProcessLayout.Current();
        var skip = ProcessGate.SkipReason(settings, layout, ProcessGate.CurrentRuntimeMajor());
        if (skip is not null)
        {
            return Off(recorder, skip, selfLogWait);
        }

        if (mode == ReporterMode.StartupHook)
        {
            // Recorded twice when two threads prepare: the session counts each location once.
            recorder.RecordLoaded(AppDomain.CurrentDomain);
        }

        var endpoint = StatsdEndpoint.Create(settings.Host, settings.Port);
        var deps = LoadDeps(layout);
        var runtime = RuntimeIdentity.Of(typeof(object).Assembly.Location, deps);
        var session = new ReportSession(settings, recorder, new AssemblyClassifier(layout, deps), runtime, endpoint);
        if (SelfLog.IsEnabled)
        {
            // Guarded: formatting the enum and numbers costs every process that logs nothing.
            SelfLog.Write("reporter on (" + mode + "), statsd " + settings.Host + ":"
                + settings.Port + ", flush every " + settings.FlushIntervalSeconds + " s");
        }

        return session;
    }

    private static ReportSession? Off(LoadRecorder recorder, string reason, TimeSpan selfLogWait)
    {
        recorder.Detach(AppDomain.CurrentDomain);
        SelfLog.Write("reporter off: " + reason);
        SelfLog.Drain(selfLogWait);
        return null;
    }

    private static DepsIndex LoadDeps(ProcessLayout layout)
    {
        var depsFiles = AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string;
        return AssemblyClassifier.LoadDeps(layout, depsFiles);
    }
}
