using System;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
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
    private readonly Func<string, IPAddress[]>? _resolver;
    private volatile IPEndPoint? _resolved;
    private byte[]? _ipv4;
    private int _literalPending;

    private StatsdEndpoint(string host, int port, Func<string, IPAddress[]>? resolver)
    {
        _host = host;
        _port = port;
        _resolver = resolver;
    }

    /// <summary>Gets the address, or null while (or because) the name is not resolved.</summary>
    public IPEndPoint? Address
    {
        get
        {
            if (_resolved is null && _ipv4 is not null)
            {
                _resolved = new IPEndPoint(new IPAddress(_ipv4), _port);
            }

            if (_resolved is null && Interlocked.Exchange(ref _literalPending, 0) == 1)
            {
                ResolveLiteral();
            }

            return _resolved;
        }
    }

    /// <summary>Gets the port reports go to.</summary>
    public int Port => _port;

    /// <summary>
    /// Gets the address bytes when the host is a canonical IPv4 literal or localhost: the common
    /// case, sent without touching System.Net. Null otherwise; then use <see cref="Address"/>.
    /// </summary>
    public byte[]? IPv4 => _ipv4;

    /// <summary>Gets a value indicating whether reports can be sent now.</summary>
    public bool IsKnown => _ipv4 is not null || Address is not null;

    /// <summary>Creates the endpoint; a host name starts its one background resolution.</summary>
    public static StatsdEndpoint Create(string host, int port, Func<string, IPAddress[]>? resolver = null)
    {
        var endpoint = new StatsdEndpoint(host, port, resolver);

        // Literals are parsed on first use: networking types stay unloaded until a report is due.
        endpoint._ipv4 = AsciiText.EqualsIgnoreCase(host, "localhost")
            ? [127, 0, 0, 1]
            : Ipv4Literal.Parse(host);
        if (endpoint._ipv4 is not null)
        {
            return endpoint;
        }

        if (MayBeLiteral(host))
        {
            endpoint._literalPending = 1;
            return endpoint;
        }

        endpoint.StartResolving();
        return endpoint;
    }

    /// <summary>Writes the address as IPEndPoint would, for the self-log.</summary>
    public string Describe()
    {
        return _ipv4 is not null ? Ipv4Literal.Describe(_ipv4, _port) : DescribeResolved();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string DescribeResolved()
    {
        return Address?.ToString() ?? _host + ":" + _port;
    }

    // localhost, a bracketed or IPv6 literal (names never hold ':' or '[') or digits and dots.
    private static bool MayBeLiteral(string host)
    {
        if (AsciiText.EqualsIgnoreCase(host, "localhost")
            || HasColon(host) || (host.Length > 2 && host[0] == '['))
        {
            return true;
        }

        foreach (var c in host)
        {
            if (c is not ((>= '0' and <= '9') or '.'))
            {
                return false;
            }
        }

        return host.Length > 0;
    }

    private static bool HasColon(string host)
    {
        foreach (var c in host)
        {
            if (c == ':')
            {
                return true;
            }
        }

        return false;
    }

    // A text that looked like a literal but is none ("1.2.3.4.5") goes to the resolver after all.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ResolveLiteral()
    {
        if (AsciiText.EqualsIgnoreCase(_host, "localhost"))
        {
            _resolved = new IPEndPoint(IPAddress.Loopback, _port);
            return;
        }

        var literal = _host.Length > 2 && _host[0] == '[' && _host[_host.Length - 1] == ']'
            ? _host.Substring(1, _host.Length - 2)
            : _host;
        if (IPAddress.TryParse(literal, out var address))
        {
            _resolved = new IPEndPoint(address, _port);
            return;
        }

        StartResolving();
    }

    // Kept apart: only a process with a host name JIT-compiles the thread and DNS types.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void StartResolving()
    {
        var resolve = _resolver ?? Dns.GetHostAddresses;
        var thread = new Thread(() => Resolve(resolve))
        {
            IsBackground = true,
            Name = "popcon-resolve",
        };
        thread.Start();
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
