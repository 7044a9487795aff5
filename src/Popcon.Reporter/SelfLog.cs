using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace Popcon.Reporter;

/// <summary>
/// The reporter's only diagnostics channel: lines appended to the file named by
/// <c>POPCON_SELFLOG</c>. Off by default and then free (one null check). It never writes to the
/// console, because a hook that prints breaks tools that read their children's output.
/// </summary>
/// <remarks>
/// Files are written by one background thread, never by the host's threads: opening a path can
/// block for good (a FIFO nobody reads, a hung network mount), and a host must not wait on its
/// reporter's diagnostics. Callers queue lines; <see cref="Drain"/> waits a bounded time for them.
/// </remarks>
internal static class SelfLog
{
    // Lines beyond this many waiting are dropped: a stuck file must not grow the host's memory.
    private const int MaxPending = 1000;

    private static readonly object Gate = new();
    // Created by the first line: a process that logs nothing never loads the queue type.
    private static Queue<string>? _pending;
    private static string? _path = ReadPath();
    private static int _pid;
    private static int _inFlight;
    private static Thread? _writer;

    /// <summary>Gets a value indicating whether a self-log file is configured.</summary>
    public static bool IsEnabled => _path is not null;

    /// <summary>Points the log at another file (or none); used by the code API and tests.</summary>
    public static void Configure(string? path)
    {
        _path = string.IsNullOrWhiteSpace(path) ? null : path;
    }

    /// <summary>Appends one message line.</summary>
    public static void Write(string message)
    {
        var path = _path;
        if (path is null)
        {
            return;
        }

        Append(path, message);
    }

    /// <summary>Appends one line for a swallowed exception.</summary>
    public static void Write(string message, Exception exception)
    {
        var path = _path;
        if (path is null)
        {
            return;
        }

        var type = exception?.GetType().FullName ?? "null";
        var text = exception?.Message.Replace('\n', ' ').Replace('\r', ' ') ?? string.Empty;
        Append(path, message + ": " + type + ": " + text);
    }

    /// <summary>
    /// Waits at most <paramref name="timeout"/> for queued lines to reach the file, so the lines of
    /// a process's last moments are not lost when it exits right after writing them.
    /// </summary>
    public static void Drain(TimeSpan timeout)
    {
        if (_path is null)
        {
            return;
        }

        var deadline = DateTime.UtcNow + timeout;
        lock (Gate)
        {
            while (_pending is { Count: > 0 } || _inFlight > 0)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    return;
                }

                Monitor.Wait(Gate, left);
            }
        }
    }

    private static void Append(string path, string message)
    {
        try
        {
            // Line grammar: <UTC ISO-8601 time> pid=<pid> <message>\n
            var line = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
                + " pid=" + Pid().ToString(CultureInfo.InvariantCulture) + " " + message + "\n";
            lock (Gate)
            {
                var pending = _pending ??= new Queue<string>();
                if (pending.Count >= MaxPending)
                {
                    return;
                }

                pending.Enqueue(path + "\0" + line);
                _writer ??= StartWriter();
                Monitor.PulseAll(Gate);
            }
        }
#pragma warning disable CA1031 // A log that cannot be written must not disturb the host.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Nowhere left to report to.
        }
    }

    private static Thread StartWriter()
    {
        // A background thread never keeps the process alive, even while blocked in open().
        var thread = new Thread(WriteLoop) { IsBackground = true, Name = "popcon self-log" };
        thread.Start();
        return thread;
    }

    private static void WriteLoop()
    {
        while (true)
        {
            string[] batch;
            lock (Gate)
            {
                while (_pending is not { Count: > 0 })
                {
                    Monitor.Wait(Gate);
                }

                batch = _pending.ToArray();
                _pending.Clear();
                _inFlight = batch.Length;
            }

            foreach (var entry in batch)
            {
                WriteEntry(entry);
            }

            lock (Gate)
            {
                _inFlight = 0;
                Monitor.PulseAll(Gate);
            }
        }
    }

    private static void WriteEntry(string entry)
    {
        try
        {
            var split = entry.IndexOf('\0');
            var bytes = Encoding.UTF8.GetBytes(entry.Substring(split + 1));
            using var stream = new FileStream(
                entry.Substring(0, split), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            stream.Write(bytes, 0, bytes.Length);
        }
#pragma warning disable CA1031 // A log that cannot be written must not disturb the host.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Nowhere left to report to.
        }
    }

    private static int Pid()
    {
        if (_pid == 0)
        {
            using var process = Process.GetCurrentProcess();
            _pid = process.Id;
        }

        return _pid;
    }

    private static string? ReadPath()
    {
        try
        {
            var value = Environment.GetEnvironmentVariable("POPCON_SELFLOG");
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
#pragma warning disable CA1031 // Reading the environment must not break type initialization.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
