using System.Diagnostics;

namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>A fixture app started in "wait" mode: running until a test signals or kills it.</summary>
internal sealed class RunningApp : IDisposable
{
    public const int SigHup = 1;
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private readonly Process _process;
    private readonly Task<string> _stderr;
    private readonly string _firstLines;

    private RunningApp(Process process, Task<string> stderr, string firstLines)
    {
        _process = process;
        _stderr = stderr;
        _firstLines = firstLines;
    }

    /// <summary>Starts the app and returns once it printed "ready" (after loading its packages).</summary>
    public static RunningApp Start(ProcessStartInfo info)
    {
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new System.Text.StringBuilder();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Append(line).Append('\n');
            if (line == "ready")
            {
                return new RunningApp(process, stderr, lines.ToString());
            }
        }

        throw new InvalidOperationException("the app ended before it was ready:\n" + lines + stderr.Result);
    }

    public void Signal(int signal)
    {
        var number = signal.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pid = _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ProcessRunner.RunChecked("kill", ["-" + number, pid]);
    }

    /// <summary>
    /// Starts the app, sends <paramref name="signal"/> once it is ready (and, with the hook, once
    /// the reporter says its signal handlers are in place), returns how it ended.
    /// </summary>
    public static ProcessResult RunUntilSignal(ProcessStartInfo info, int signal)
    {
        using var app = Start(info);
        if (info.Environment.TryGetValue("POPCON_SELFLOG", out var selfLog) && selfLog is not null)
        {
            var environment = new Dictionary<string, string> { ["POPCON_SELFLOG"] = selfLog };
            HookEnvironment.WaitForSelfLog(environment, HookEnvironment.SignalHandlersRegistered);
        }

        app.Signal(signal);
        return app.WaitForExit();
    }

    public ProcessResult WaitForExit()
    {
        var rest = _process.StandardOutput.ReadToEnd();
        if (!_process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            _process.Kill();
            throw new TimeoutException("the app did not exit after the signal");
        }

        _process.WaitForExit();
        return new ProcessResult(_process.ExitCode, _firstLines + rest, _stderr.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
