namespace Popcon.Reporter.Wire;

/// <summary>
/// Reads the canonical dotted-quad IPv4 form ("127.0.0.1") without System.Net, whose address
/// parser costs every process an assembly load and freshly compiled generic code. Any other
/// spelling (IPv6, brackets, leading zeros, short forms) is left to IPAddress.
/// </summary>
internal static class Ipv4Literal
{
    /// <summary>Returns the four address bytes, or null when the text is not canonical IPv4.</summary>
    public static byte[]? Parse(string text)
    {
        var bytes = new byte[4];
        var part = 0;
        var value = 0;
        var digits = 0;
        foreach (var c in text)
        {
            // Grammar: octet '.' octet '.' octet '.' octet, octet = 0 | [1-9][0-9]{0,2} <= 255
            if (c == '.')
            {
                if (digits == 0 || part == 3)
                {
                    return null;
                }

                bytes[part++] = (byte)value;
                value = 0;
                digits = 0;
                continue;
            }

            if (c is < '0' or > '9' || (digits == 1 && value == 0))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
            digits++;
            if (value > 255)
            {
                return null;
            }
        }

        if (digits == 0 || part != 3)
        {
            return null;
        }

        bytes[3] = (byte)value;
        return bytes;
    }

    /// <summary>Writes "a.b.c.d:port", as IPEndPoint would.</summary>
    public static string Describe(byte[] address, int port)
    {
        return address[0] + "." + address[1] + "." + address[2] + "." + address[3] + ":" + port;
    }
}
