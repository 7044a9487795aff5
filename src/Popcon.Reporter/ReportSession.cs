using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Threading;
using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter;

/// <summary>
/// The state of one process's report: what was recorded, what was already sent. Each flush sends
/// only what is new, so a package, the runtime line and the report counter each go out at most
/// once per process, however many flushes (periodic, signal, exit) happen.
/// </summary>
internal sealed class ReportSession
{
    // At exit, folder probes (the only classification step whose latency the disk decides) stop
    // after this long, and a periodic flush in progress is waited for at most ExitLockWait: the
    // host's exit is delayed by a bounded amount. In-memory rules always run: they cost a
    // dictionary lookup per loaded assembly, and a slow, loaded machine must not lose counts.
    private static readonly TimeSpan ExitDiskBudget = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ExitLockWait = TimeSpan.FromMilliseconds(100);

    private readonly object _gate = new();
    private readonly LoadRecorder _recorder;
    private readonly AssemblyClassifier _classifier;
    private readonly RuntimeIdentity _runtime;
    private readonly StatsdEndpoint _endpoint;
    private readonly StatsdFormatter _formatter;
    private readonly Func<IPEndPoint, IReadOnlyList<byte[]>, int>? _send;
    private readonly HashSet<string> _seenLocations = new(ProcessLayout.FileNameComparer);
    private readonly HashSet<string> _sentPackages = new(StringComparer.Ordinal);
    private readonly List<string> _staged = [];
    private bool _reportSent;

    public ReportSession(
        ReporterSettings settings,
        LoadRecorder recorder,
        AssemblyClassifier classifier,
        RuntimeIdentity runtime,
        StatsdEndpoint endpoint,
        Func<IPEndPoint, IReadOnlyList<byte[]>, int>? send = null)
    {
        // Null sends through UdpSender, which reaches an IPv4 literal without loading System.Net.
        _send = send;
        _recorder = recorder;
        _classifier = classifier;
        _runtime = runtime;
        _endpoint = endpoint;
        _formatter = new StatsdFormatter(settings.Prefix, settings.Tags, settings.IncludeVersions);
    }

    /// <summary>Sends what is new since the last flush; returns the number of lines sent.</summary>
    public int Flush(string reason, bool atExit)
    {
        if (!Monitor.TryEnter(_gate, atExit ? ExitLockWait : TimeSpan.Zero))
        {
            SelfLog.Write("flush (" + reason + ") skipped: another flush is running");
            return 0;
        }

        try
        {
            return FlushLocked(reason, atExit);
        }
#pragma warning disable CA1031 // A failed report must never disturb the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("flush (" + reason + ") failed", exception);
            return 0;
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    /// <summary>
    /// Does exit work ahead of time, on the reporter's own thread: classifies and formats what
    /// was recorded so far, kept for the next flush (nothing is sent), runs the formatting and
    /// batching code once on a made-up package, and opens and closes a socket of the kind the
    /// report will use. The first call of each method costs the
    /// runtime a lookup and a fix-up; paid here, it is no longer paid at exit, while the host
    /// waits.
    /// </summary>
    public void Stage()
    {
        if (!Monitor.TryEnter(_gate))
        {
            return;
        }

        try
        {
            _staged.AddRange(NewPackageLines(atExit: false));
            var lines = new List<string>
            {
                _formatter.PackageLine(new PackageUse("popcon.warm-up", "1.0.0", source: null)),
                _formatter.RuntimeLine(_runtime.Name, _runtime.Version),
                _formatter.ReportLine(),
            };
            _ = DatagramBatcher.Batch(lines);
            if (_send is null)
            {
                UdpSender.WarmUp(_endpoint);
            }
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    private int FlushLocked(string reason, bool atExit)
    {
        if (!_endpoint.IsKnown)
        {
            // Keep what was recorded for a later flush; at exit there is no later.
            SelfLog.Write("flush (" + reason + "): statsd address unknown, nothing sent");
            return 0;
        }

        var lines = NewPackageLines(atExit);
        if (_staged.Count > 0)
        {
            lines.InsertRange(0, _staged);
            _staged.Clear();
        }

        if (!_reportSent)
        {
            lines.Add(_formatter.RuntimeLine(_runtime.Name, _runtime.Version));
            lines.Add(_formatter.ReportLine());
            _reportSent = true;
        }

        if (lines.Count == 0)
        {
            return 0;
        }

        var datagrams = DatagramBatcher.Batch(lines);
        var sent = _send is null ? UdpSender.Send(_endpoint, datagrams) : SendThrough(_send, datagrams);
        if (SelfLog.IsEnabled)
        {
            SelfLog.Write("flush (" + reason + ") to " + _endpoint.Describe() + ": " + sent + "/" + datagrams.Count
                + " datagrams: " + string.Join(" ", lines));
        }

        return lines.Count;
    }

    // Kept apart: only a session with an injected sender compiles a body naming IPEndPoint.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SendThrough(Func<IPEndPoint, IReadOnlyList<byte[]>, int> send, List<byte[]> datagrams)
    {
        return send(_endpoint.Address!, datagrams);
    }

    private List<string> NewPackageLines(bool atExit)
    {
        var lines = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        var mayTouchDisk = true;
        foreach (var location in _recorder.Drain())
        {
            if (!_seenLocations.Add(location))
            {
                continue;
            }

            if (atExit && mayTouchDisk && stopwatch.Elapsed > ExitDiskBudget)
            {
                SelfLog.Write("exit disk budget spent, folder rules skipped for the remaining assemblies");
                mayTouchDisk = false;
            }

            var use = _classifier.Classify(location, mayTouchDisk);
            if (use is not null && _sentPackages.Add(use.Key))
            {
                lines.Add(_formatter.PackageLine(use));
            }
        }

        return lines;
    }
}
