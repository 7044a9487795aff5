using System;
using System.Threading;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter;

/// <summary>
/// The one reporter of the process: started once (hook or code, whichever comes first), then
/// flushed by a background timer, on ProcessExit, on an unhandled exception and on SIGTERM/SIGHUP.
/// </summary>
internal static class ReporterHost
{
    // How long a process waits for its self-log lines to reach the file; only when
    // POPCON_SELFLOG is set, and only longer than a few microseconds when that file is stuck.
    private static readonly TimeSpan SelfLogWait = TimeSpan.FromMilliseconds(200);

    private static int _started;
    private static ReportSession? _session;
    private static Timer? _timer;

    /// <summary>Starts the reporter; returns false when it was already started or stays off.</summary>
    public static bool Start(ReporterMode mode, PopconReporterOptions? overrides)
    {
        if (Interlocked.CompareExchange(ref _started, 1, 0) != 0)
        {
            SelfLog.Write("start (" + mode + ") ignored: already started");
            return false;
        }

        var settings = SettingsReader.Read(SettingsReader.FromEnvironment);
        overrides?.ApplyTo(settings);
        var layout = ProcessLayout.Current();
        var skip = ProcessGate.SkipReason(settings, layout, Environment.Version);
        if (skip is not null)
        {
            SelfLog.Write("reporter off: " + skip);
            SelfLog.Drain(SelfLogWait);
            return false;
        }

        var recorder = new LoadRecorder();
        recorder.Attach(AppDomain.CurrentDomain, includeAlreadyLoaded: mode == ReporterMode.StartupHook);
        var endpoint = StatsdEndpoint.Create(settings.Host, settings.Port);
        var runtime = RuntimeIdentity.Of(typeof(object).Assembly.Location, Environment.Version);
        _session = new ReportSession(settings, recorder, () => CreateClassifier(layout), runtime, endpoint);

        HookExitPaths();
        StartTimer(settings.FlushIntervalSeconds);
        SelfLog.Write("reporter on (" + mode + "), statsd " + settings.Host + ":" + settings.Port
            + ", flush every " + settings.FlushIntervalSeconds + " s");
        return true;
    }

    private static AssemblyClassifier CreateClassifier(ProcessLayout layout)
    {
        var depsFiles = AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string;
        return new AssemblyClassifier(layout, AssemblyClassifier.LoadDeps(layout, depsFiles));
    }

    private static void HookExitPaths()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushAtExit("process exit");
        AppDomain.CurrentDomain.UnhandledException += (_, _) => FlushAtExit("unhandled exception");

        // .NET 10 no longer raises ProcessExit on SIGTERM; no version raises it on SIGHUP or
        // SIGINT. Where ProcessExit does come too, the second flush finds nothing new to send.
        try
        {
            SignalHooks.Register(FlushAtExit);
        }
#pragma warning disable CA1031 // Without signal hooks, ProcessExit still covers normal exits.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("signal hooks failed", exception);
        }
    }

    private static void StartTimer(int intervalSeconds)
    {
        if (intervalSeconds <= 0)
        {
            return;
        }

        var period = TimeSpan.FromSeconds(intervalSeconds);

        // Timers never keep a process alive; the callback runs on the thread pool.
        _timer = new Timer(_ => FlushPeriodically(), null, period, period);
    }

    private static void FlushPeriodically()
    {
        try
        {
            _session?.Flush("periodic", atExit: false);
        }
#pragma warning disable CA1031 // A timer callback that throws would crash the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("periodic flush failed", exception);
        }
    }

    private static void FlushAtExit(string reason)
    {
        try
        {
            _session?.Flush(reason, atExit: true);
        }
#pragma warning disable CA1031 // An exit handler that throws would change the host's exit.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("exit flush failed", exception);
        }

        // The self-log writes on its own thread; give this process's last lines a bounded moment.
        SelfLog.Drain(SelfLogWait);
    }
}
