namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>Environment variable sets for running a process with the hook.</summary>
internal static class HookEnvironment
{
    // One folder per test run for the self-logs of every hooked process; removed when the test
    // process exits, so logs that no test reads do not pile up in the temp folder.
    private static readonly TempDirectory SelfLogs = CreateSelfLogFolder();

    public static Dictionary<string, string> For(int port, params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = HookPath.Location,
            ["POPCON_STATSD_HOST"] = "127.0.0.1",
            ["POPCON_STATSD_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["POPCON_SELFLOG"] = SelfLogs.Combine($"{Guid.NewGuid():N}.log"),
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Reads (and removes) the self-log a run wrote, for failure messages.</summary>
    public static string SelfLogOf(IReadOnlyDictionary<string, string> environment)
    {
        if (!environment.TryGetValue("POPCON_SELFLOG", out var path) || !File.Exists(path))
        {
            return "(no self-log)";
        }

        var text = File.ReadAllText(path);
        File.Delete(path);
        return text;
    }

    /// <summary>
    /// Blocks until the self-log of a running process holds <paramref name="text"/>: the way a
    /// test learns that the reporter reached a step, without guessing how long it takes.
    /// </summary>
    /// <summary>
    /// What the self-log says once the reporter handles SIGTERM, SIGHUP and SIGINT: a quarter of a
    /// second into the process, so a test signals only after it.
    /// </summary>
    public const string SignalHandlersRegistered = "signal handlers registered";

    public static void WaitForSelfLog(IReadOnlyDictionary<string, string> environment, string text)
    {
        var path = environment["POPCON_SELFLOG"];
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!(File.Exists(path) && File.ReadAllText(path).Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the self-log never said \"{text}\":\n" + SelfLogOf(environment));
            }

            Thread.Sleep(20);
        }
    }

    /// <summary>A loopback UDP port nobody listens on: bound, read, then released.</summary>
    public static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        return ((System.Net.IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }

    private static TempDirectory CreateSelfLogFolder()
    {
        var folder = new TempDirectory("selflogs");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        return folder;
    }
}
