using System;
using System.Threading;

namespace Popcon.Reporter;

/// <summary>
/// The one reporter of the process: started once (hook or code, whichever comes first), then
/// flushed by its own background thread, on ProcessExit, on an unhandled exception and on
/// SIGTERM/SIGHUP/SIGINT.
/// </summary>
/// <remarks>
/// A startup hook runs on the host's main thread before <c>Main</c>, so every millisecond it
/// spends there is a millisecond the host starts later. The hook therefore does on that thread
/// only what cannot wait: start recording loads, hook ProcessExit and start one background
/// thread. That thread prepares the rest (settings, crash and signal handlers, which process
/// this is, the statsd address, the app's deps.json) while the host runs, then flushes
/// periodically. An exit that comes before the preparation is done finishes it itself.
/// </remarks>
internal static class ReporterHost
{
    // How long a process waits for its self-log lines to reach the file; only when
    // POPCON_SELFLOG is set, and only longer than a few microseconds when that file is stuck.
    private static readonly TimeSpan SelfLogWait = TimeSpan.FromMilliseconds(200);

    // How long a process runs before its signal handlers are registered.
    private static readonly TimeSpan SignalHookDelay = TimeSpan.FromMilliseconds(250);

    // How long an exit waits for a preparation the background thread is in the middle of.
    private static readonly TimeSpan OthersPrepareWait = TimeSpan.FromMilliseconds(50);

    private static readonly object PrepareGate = new();
    private static readonly object PauseGate = new();
    private static int _started;
    private static int _crashesHooked;
    private static int _signalsHooked;
    private static ReporterMode _mode;
    private static ReporterSettings? _settings;
    private static LoadRecorder? _recorder;
    private static PrepareState _state;
    private static bool _preparing;
    private static ReportSession? _session;

    private enum PrepareState
    {
        Pending,
        Ready,
        Off,
    }

    /// <summary>Starts the reporter; returns false when it was already started or stays off.</summary>
    public static bool Start(ReporterMode mode, PopconReporterOptions? overrides)
    {
        if (Interlocked.CompareExchange(ref _started, 1, 0) != 0)
        {
            SelfLog.Write("start (" + mode + ") ignored: already started");
            return false;
        }

        _mode = mode;
        if (mode == ReporterMode.Api)
        {
            // Code that starts the reporter can wait for an exact answer; a hook must not.
            var settings = ReadSettings(overrides);
            if (settings.Disabled)
            {
                SelfLog.Write("reporter off: POPCON_DISABLE is set");
                SelfLog.Drain(SelfLogWait);
                return false;
            }

            _settings = settings;
        }

        // Loads are recorded from here on; those done before are taken in Prepare.
        _recorder = new LoadRecorder();
        _recorder.Attach(AppDomain.CurrentDomain);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FlushAtExit("process exit");

        if (mode == ReporterMode.Api)
        {
            if (!Prepare())
            {
                return false;
            }

            HookCrashesAndSignals();
        }

        BackgroundThread.Start();
        return true;
    }

    /// <summary>
    /// The reporter's own thread: prepares, then flushes every interval. Started by
    /// <see cref="BackgroundThread"/>; never throws.
    /// </summary>
    internal static void RunInBackground()
    {
        try
        {
            // The crash handler first: until it is in place an unhandled exception ends the
            // process without a report.
            if (ReportingAllowed())
            {
                HookCrashes();
            }

            if (!Prepare())
            {
                return;
            }

            _session!.Stage();

            // Signal handlers wait until the process has run a moment: registering them is the
            // costliest first-time step here, most processes end before they would need them,
            // and the long-lived ones that get stopped by a signal are past the wait by then.
            Pause(SignalHookDelay);
            HookSignals();
            var seconds = _settings!.FlushIntervalSeconds;
            if (seconds <= 0)
            {
                return;
            }

            var period = TimeSpan.FromSeconds(seconds);
            while (true)
            {
                Pause(period);
                FlushPeriodically();
            }
        }
#pragma warning disable CA1031 // An exception escaping a thread would crash the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("reporter thread failed", exception);
        }
    }

    // A wait nobody ends, rather than Thread.Sleep: Monitor is loaded already, while naming
    // Thread would load one more facade assembly in every process.
    private static void Pause(TimeSpan time)
    {
        lock (PauseGate)
        {
            _ = Monitor.Wait(PauseGate, time);
        }
    }

    /// <summary>
    /// Finishes the start: decides whether this process is counted, and if so builds the session.
    /// Returns whether the reporter is on. Runs once. An exit that finds the background thread
    /// preparing waits for it a moment (it is usually nearly done), then, if the scheduler has
    /// not let it finish, prepares for itself; the first result published wins.
    /// </summary>
    private static bool Prepare()
    {
        lock (PrepareGate)
        {
            if (_state == PrepareState.Pending && _preparing)
            {
                // One wait: the preparing thread pulses when it publishes.
                _ = Monitor.Wait(PrepareGate, OthersPrepareWait);
            }

            if (_state != PrepareState.Pending)
            {
                return _state == PrepareState.Ready;
            }

            _preparing = true;
        }

        var session = SessionBuilder.Build(_mode, CurrentSettings(), _recorder!, SelfLogWait);
        lock (PrepareGate)
        {
            if (_state == PrepareState.Pending)
            {
                _session = session;
                _state = session is null ? PrepareState.Off : PrepareState.Ready;
            }

            Monitor.PulseAll(PrepareGate);
            return _state == PrepareState.Ready;
        }
    }

    private static bool ReportingAllowed()
    {
        return !CurrentSettings().Disabled;
    }

    private static ReporterSettings CurrentSettings()
    {
        lock (PrepareGate)
        {
            return _settings ??= ReadSettings(overrides: null);
        }
    }

    private static ReporterSettings ReadSettings(PopconReporterOptions? overrides)
    {
        var settings = SettingsReader.Read(SettingsReader.FromEnvironment);
        overrides?.ApplyTo(settings);
        return settings;
    }

    private static void HookCrashesAndSignals()
    {
        HookCrashes();
        HookSignals();
    }

    // On the reporter's thread, not on the host's main thread, for the reason given inside.
    private static void HookCrashes()
    {
        if (Interlocked.Exchange(ref _crashesHooked, 1) != 0)
        {
            return;
        }

        UnhandledExceptionEventHandler handler = (_, _) => FlushAtExit("unhandled exception");
        AppDomain.CurrentDomain.UnhandledException += handler;

        // A second handler on this event (the console adds one when first used) makes the runtime
        // compile the event's multicast dispatch, a third of a millisecond; combining here has it
        // compiled on this thread rather than on the host's main thread.
        _ = Delegate.Combine(handler, handler);
    }

    // .NET 10 no longer raises ProcessExit on SIGTERM; no version raises it on SIGHUP or SIGINT.
    // Where ProcessExit does come too, the second flush finds nothing new to send.
    private static void HookSignals()
    {
        if (Interlocked.Exchange(ref _signalsHooked, 1) != 0)
        {
            return;
        }

        try
        {
            SignalHooks.Register(FlushAtExit);
            SelfLog.Write("signal handlers registered");
        }
#pragma warning disable CA1031 // Without signal hooks, ProcessExit still covers normal exits.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("signal hooks failed", exception);
        }
    }

    private static void FlushPeriodically()
    {
        try
        {
            _session?.Flush("periodic", atExit: false);
        }
#pragma warning disable CA1031 // A failed periodic flush is retried at exit.
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
            // A very short process exits before the background thread is done: it prepares here.
            if (Prepare())
            {
                _session!.Flush(reason, atExit: true);
            }
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
