using System;
using System.Net.Sockets;
using System.Text;

/// <summary>The type the runtime looks for, in the global namespace, in a startup hook assembly.</summary>
public static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("PROBE_HOOK_MODE") == "fail")
        {
            throw new InvalidOperationException("the probe hook was asked to fail");
        }

        var host = Environment.GetEnvironmentVariable("POPCON_STATSD_HOST") ?? "127.0.0.1";
        var port = int.Parse(Environment.GetEnvironmentVariable("POPCON_STATSD_PORT") ?? "8125");
        var payload = Encoding.ASCII.GetBytes("dotnet_popcon.reports_total:1|c");
        using var udp = new UdpClient();
        udp.Send(payload, payload.Length, host, port);
    }
}
