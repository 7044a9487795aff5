using System.Globalization;
using System.Net;

namespace Popcon.Collector.Hosting;

/// <summary>Reads HOST:PORT options: an IPv4 address, [IPv6] or localhost, and a port 0-65535.</summary>
internal static class EndpointParser
{
    /// <summary>Null when the option is null or empty (the listener is disabled).</summary>
    public static IPEndPoint? Parse(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw Bad(value, option);
        }

        var host = text[..colon];
        var portText = text[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw Bad(value, option);
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }

        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }
        else if (host.Contains(':', StringComparison.Ordinal))
        {
            throw Bad(value, option);
        }

        return IPAddress.TryParse(host, out var address)
            ? new IPEndPoint(address, port)
            : throw Bad(value, option);
    }

    private static CollectorStartupException Bad(string value, string option)
    {
        // Each flag's example shows its own default port, so the remedy can be pasted as is.
        var port = option == OptionNames.Web ? 9102 : 8125;
        return new(
            $"The address '{value}' is not HOST:PORT with an IP address or localhost: pass {option} "
            + $"like 127.0.0.1:{port} or [::1]:{port}, or an empty value to turn it off.");
    }
}
