using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Popcon.Reporter;

/// <summary>
/// The reporter's only diagnostics channel: lines appended to the file named by
/// <c>POPCON_SELFLOG</c>. Off by default and then free (one null check). It never writes to the
/// console, because a hook that prints breaks tools that read their children's output.
/// </summary>
internal static class SelfLog
{
    private static readonly object Gate = new();
    private static string? _path = ReadPath();
    private static int _pid;

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

    private static void Append(string path, string message)
    {
        try
        {
            // Line grammar: <UTC ISO-8601 time> pid=<pid> <message>\n
            var line = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
                + " pid=" + Pid().ToString(CultureInfo.InvariantCulture) + " " + message + "\n";
            var bytes = Encoding.UTF8.GetBytes(line);
            lock (Gate)
            {
                using var stream = new FileStream(
                    path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                stream.Write(bytes, 0, bytes.Length);
            }
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
