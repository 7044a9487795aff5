using System.Globalization;

namespace Popcon.Cli.Output;

/// <summary>A statsd destination given as <c>HOST:PORT</c> (IPv6 as <c>[::1]:PORT</c>).</summary>
internal sealed record StatsdEndpoint(string Host, int Port)
{
    public const string Default = "127.0.0.1:8125";

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    public static bool TryParse(string text, out StatsdEndpoint endpoint)
    {
        endpoint = new StatsdEndpoint(string.Empty, 0);
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        var host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (host.Length == 0 || host.Contains(' ', StringComparison.Ordinal) ||
            !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ||
            port is < 1 or > 65535)
        {
            return false;
        }

        endpoint = new StatsdEndpoint(host, port);
        return true;
    }
}
