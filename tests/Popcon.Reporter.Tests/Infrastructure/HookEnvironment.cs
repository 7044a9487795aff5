namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>Environment variable sets for running a process with the hook.</summary>
internal static class HookEnvironment
{
    public static Dictionary<string, string> For(int port, params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = HookPath.Location,
            ["POPCON_STATSD_HOST"] = "127.0.0.1",
            ["POPCON_STATSD_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["POPCON_SELFLOG"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"popcon-selflog-{Guid.NewGuid():N}.log"),
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

    /// <summary>A loopback UDP port nobody listens on: bound, read, then released.</summary>
    public static int ClosedPort()
    {
        using var socket = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        return ((System.Net.IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }
}
