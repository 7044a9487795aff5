using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A real <c>popcon serve</c> process on free loopback ports, with its own database file.
/// The ports it bound are read from the startup lines it prints.
/// </summary>
internal sealed partial class CollectorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CollectorProcess(Process process, string databasePath)
    {
        _process = process;
        DatabasePath = databasePath;
    }

    public string DatabasePath { get; }

    public IPEndPoint UdpEndPoint { get; private set; } = new(IPAddress.Loopback, 0);

    public Uri WebAddress { get; private set; } = new("http://127.0.0.1/");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<CollectorProcess> StartAsync(string databasePath)
    {
        var info = ProcessRunner.CreateStartInfo("dotnet",
        [
            RepoPaths.PopconDll, "serve",
            "--statsd-udp", "127.0.0.1:0",
            "--statsd-tcp", "",
            "--web", "127.0.0.1:0",
            "--db", databasePath,
        ]);
        ProcessRunner.Apply(info, null);

        var collector = new CollectorProcess(new Process { StartInfo = info }, databasePath);
        collector._process.OutputDataReceived += (_, e) => collector.OnLine(e.Data);
        collector._process.ErrorDataReceived += (_, e) => collector.OnLine(e.Data);
        collector._process.Start();
        collector._process.BeginOutputReadLine();
        collector._process.BeginErrorReadLine();

        var exited = collector._process.WaitForExitAsync();
        var first = await Task.WhenAny(collector._ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != collector._ready.Task)
        {
            await collector.DisposeAsync();
            throw new InvalidOperationException("popcon serve did not start:\n" + collector.Output);
        }

        return collector;
    }

    /// <summary>Stops the collector the way a service manager does, and waits for its final flush.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            Signals.Send(_process.Id, Signals.SigTerm);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var udp = UdpLine().Match(line);
        if (udp.Success)
        {
            UdpEndPoint = IPEndPoint.Parse(udp.Groups[1].Value);
        }

        var web = WebLine().Match(line);
        if (web.Success)
        {
            WebAddress = new Uri(web.Groups[1].Value);
            _ready.TrySetResult();
        }
    }

    [GeneratedRegex(@"^\s*statsd/udp\s+(\S+)")]
    private static partial Regex UdpLine();

    [GeneratedRegex(@"^\s*web\s+(http\S+)")]
    private static partial Regex WebLine();
}
