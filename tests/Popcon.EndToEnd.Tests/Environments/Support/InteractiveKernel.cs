using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// A real <c>dotnet-interactive stdio</c> kernel driven through its JSON lines protocol: one
/// command envelope (<c>token</c>, <c>commandType</c>, <c>command</c>) per line on stdin, one
/// event envelope (<c>eventType</c>, <c>event</c>, <c>command</c>) per line on stdout.
/// </summary>
internal sealed class InteractiveKernel : IAsyncDisposable
{
    // The first #r "nuget: ..." restores from the registry: slow, so the deadline is generous.
    private static readonly TimeSpan CommandDeadline = TimeSpan.FromMinutes(5);
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _transcript = [];

    private InteractiveKernel(Process process) => _process = process;

    /// <summary>Every line the kernel printed so far, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (_transcript)
            {
                return string.Join('\n', _transcript);
            }
        }
    }

    public static InteractiveKernel Start(
        string executable, IReadOnlyDictionary<string, string> environment)
    {
        var info = ProcessRunner.CreateStartInfo(executable, ["stdio"]);
        info.WorkingDirectory = Path.GetTempPath();
        ProcessRunner.Apply(info, environment);

        var kernel = new InteractiveKernel(new Process { StartInfo = info });
        kernel._process.OutputDataReceived += (_, e) => kernel.OnLine(e.Data, toChannel: true);
        kernel._process.ErrorDataReceived += (_, e) => kernel.OnLine(e.Data, toChannel: false);
        kernel._process.Start();
        kernel._process.BeginOutputReadLine();
        kernel._process.BeginErrorReadLine();
        return kernel;
    }

    /// <summary>Submits C# code and waits until the kernel says the command succeeded.</summary>
    public async Task SubmitCSharpAsync(string code)
    {
        var token = await SendAsync("SubmitCode", new JsonObject
        {
            ["code"] = code,
            ["targetKernelName"] = "csharp",
        });

        using var cts = new CancellationTokenSource(CommandDeadline);
        while (true)
        {
            string line;
            try
            {
                line = await _lines.Reader.ReadAsync(cts.Token);
            }
            catch (Exception exception) when (exception is ChannelClosedException
                or OperationCanceledException)
            {
                throw new InvalidOperationException(
                    $"kernel ended or never answered {code}:\n{Transcript}", exception);
            }

            var envelope = TryParse(line);
            var eventType = envelope?["eventType"]?.GetValue<string>();
            if (envelope?["command"]?["token"]?.GetValue<string>() != token)
            {
                continue;
            }

            if (eventType == "CommandSucceeded")
            {
                return;
            }

            if (eventType == "CommandFailed")
            {
                throw new InvalidOperationException($"kernel refused {code}:\n{Transcript}");
            }
        }
    }

    /// <summary>Asks the kernel to quit, as a front end does, and waits for its exit.</summary>
    public async Task<int> QuitAsync()
    {
        await SendAsync("Quit", []);
        _process.StandardInput.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
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

    private async Task<string> SendAsync(string commandType, JsonObject command)
    {
        var token = Guid.NewGuid().ToString("N");
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = commandType,
            ["command"] = command,
        };
        await _process.StandardInput.WriteLineAsync(envelope.ToJsonString());
        await _process.StandardInput.FlushAsync();
        return token;
    }

    private void OnLine(string? line, bool toChannel)
    {
        if (line == null)
        {
            // stdout closed: the kernel is gone, so a command still waiting fails at once.
            if (toChannel)
            {
                _lines.Writer.TryComplete();
            }

            return;
        }

        lock (_transcript)
        {
            _transcript.Add(line);
        }

        if (toChannel)
        {
            _lines.Writer.TryWrite(line);
        }
    }

    private static JsonObject? TryParse(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            // Not every stdout line has to be an envelope; only envelopes matter here.
            return null;
        }
    }
}
