using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace Popcon.Reporter.Wire;

/// <summary>
/// The collector's address. IP literals and <c>localhost</c> are known at once; any other name is
/// resolved once, on a background thread started at init, so the exit path never waits for DNS.
/// If the name is not resolved by the time a report is due, that report is dropped.
/// </summary>
internal sealed class StatsdEndpoint
{
    private readonly string _host;
    private readonly int _port;
    private volatile IPEndPoint? _resolved;

    private StatsdEndpoint(string host, int port)
    {
        _host = host;
        _port = port;
    }

    /// <summary>Gets the address, or null while (or because) the name is not resolved.</summary>
    public IPEndPoint? Address => _resolved;

    /// <summary>Creates the endpoint; a host name starts its one background resolution.</summary>
    public static StatsdEndpoint Create(string host, int port, Func<string, IPAddress[]>? resolver = null)
    {
        var endpoint = new StatsdEndpoint(host, port);
        var literal = host.Length > 2 && host[0] == '[' && host[host.Length - 1] == ']'
            ? host.Substring(1, host.Length - 2)
            : host;
        if (IPAddress.TryParse(literal, out var address))
        {
            endpoint._resolved = new IPEndPoint(address, port);
            return endpoint;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            endpoint._resolved = new IPEndPoint(IPAddress.Loopback, port);
            return endpoint;
        }

        var resolve = resolver ?? Dns.GetHostAddresses;
        var thread = new Thread(() => endpoint.Resolve(resolve))
        {
            IsBackground = true,
            Name = "popcon-resolve",
        };
        thread.Start();
        return endpoint;
    }

    private void Resolve(Func<string, IPAddress[]> resolve)
    {
        try
        {
            IPAddress? chosen = null;
            foreach (var address in resolve(_host))
            {
                if (address.AddressFamily == AddressFamily.InterNetwork)
                {
                    chosen = address;
                    break;
                }

                chosen ??= address;
            }

            if (chosen is null)
            {
                SelfLog.Write("statsd host resolved to no address: " + _host);
                return;
            }

            _resolved = new IPEndPoint(chosen, _port);
            SelfLog.Write("statsd host resolved: " + _host + " -> " + chosen);
        }
#pragma warning disable CA1031 // An unresolvable host means no reports, never a broken host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("statsd host unresolvable: " + _host, exception);
        }
    }
}
