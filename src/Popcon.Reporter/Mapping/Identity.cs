using System;
using System.Text;

namespace Popcon.Reporter.Mapping;

/// <summary>
/// Normalizes package ids and versions so that one package reads the same whatever folder or
/// deps.json spelling it came from.
/// </summary>
internal static class Identity
{
    /// <summary>Lower-cases an id; characters that could break a statsd line become '_'.</summary>
    public static string NormalizeId(string id)
    {
        return Clean(LowerInvariant(id.Trim()));
    }

    /// <summary>
    /// NuGet-normalizes a version: build metadata dropped, at least three release parts, a zero
    /// fourth part dropped, leading zeros removed, all lower case (folder names are lower case).
    /// </summary>
    public static string NormalizeVersion(string version)
    {
        var text = version.Trim();
        if (IsCanonical(text))
        {
            return text;
        }

        var plus = AsciiText.IndexOf(text, '+');
        if (plus >= 0)
        {
            text = text.Substring(0, plus);
        }

        var dash = AsciiText.IndexOf(text, '-');
        var release = dash >= 0 ? text.Substring(0, dash) : text;
        var label = dash >= 0 ? text.Substring(dash) : string.Empty;
        var parts = AsciiText.Split(release, '.');
        if (!AllNumeric(parts))
        {
            return Clean(LowerInvariant(text));
        }

        var count = parts.Length;
        if (count == 4 && TrimZeros(parts[3]) == "0")
        {
            count = 3;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Math.Max(count, 3); i++)
        {
            builder.Append(i == 0 ? string.Empty : ".");
            builder.Append(i < parts.Length ? TrimZeros(parts[i]) : "0");
        }

        return Clean(LowerInvariant(builder.Append(label).ToString()));
    }

    // Ids and versions are ASCII in practice: lowered here without touching the globalization
    // data, which ToLowerInvariant sets up on first use (milliseconds, in every process).
    private static string LowerInvariant(string value)
    {
        var hasUpper = false;
        foreach (var c in value)
        {
            if (c > '\u007f')
            {
                return value.ToLowerInvariant();
            }

            hasUpper |= c is >= 'A' and <= 'Z';
        }

        if (!hasUpper)
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }

    private static bool AllNumeric(string[] parts)
    {
        if (parts.Length > 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string TrimZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    // Most versions already read "major.minor.patch" in plain digits: nothing to rewrite.
    private static bool IsCanonical(string text)
    {
        var dots = 0;
        var partStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '.')
            {
                var length = i - partStart;
                if (length == 0 || (length > 1 && text[partStart] == '0'))
                {
                    return false;
                }

                dots += i < text.Length ? 1 : 0;
                partStart = i + 1;
            }
            else if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return dots == 2;
    }

    private static string Clean(string value)
    {
        var clean = true;
        foreach (var c in value)
        {
            clean &= IsKept(c);
        }

        if (clean)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(IsKept(c) ? c : '_');
        }

        return builder.ToString();
    }

    private static bool IsKept(char c)
    {
        return c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_';
    }
}
