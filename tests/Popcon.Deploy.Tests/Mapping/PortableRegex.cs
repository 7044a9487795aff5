namespace Popcon.Deploy.Tests.Mapping;

/// <summary>
/// Checks that a pattern stays in the regex subset Go's RE2 and .NET read the same way, so a
/// rule proven here with .NET behaves identically in statsd_exporter.
/// </summary>
internal static class PortableRegex
{
    // RE2 has no backreferences; \d \w \s \b are ASCII in RE2 but Unicode in .NET; \Z and \G
    // do not exist in RE2.
    private const string ForbiddenEscapes = "123456789dDwWsSbBZGk";

    /// <summary>Every construct in <paramref name="pattern"/> outside the shared subset.</summary>
    public static IReadOnlyList<string> Violations(string pattern)
    {
        var found = new List<string>();
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var next = i + 1 < pattern.Length ? pattern[i + 1] : '\0';

            // An escape: a backslash and the character it escapes.
            if (c == '\\')
            {
                if (ForbiddenEscapes.Contains(next, StringComparison.Ordinal))
                {
                    found.Add($"\\{next} at {i}");
                }

                i++;
                continue;
            }

            // A character class: only its escapes matter, its other characters are literal.
            if (inClass || c == '[')
            {
                inClass = c != ']' || OpensClass(pattern, i - 1);
                continue;
            }

            // A group with options: only the non-capturing (?: is shared; lookarounds, atomic
            // groups and .NET-style named groups are not.
            if (c == '(' && next == '?' && (i + 2 >= pattern.Length || pattern[i + 2] != ':'))
            {
                found.Add($"group '(?{Peek(pattern, i + 2)}' at {i}");
            }

            // A possessive quantifier (x*+, x++, x?+), which RE2 rejects.
            if ("*+?}".Contains(c, StringComparison.Ordinal) && next == '+')
            {
                found.Add($"possessive quantifier at {i}");
            }
        }

        return found;
    }

    /// <summary>The `$n` template references (without braces) in a name or label value.</summary>
    public static IReadOnlyList<string> BareTemplateReferences(string template)
    {
        // Go reads "$1x" as the group named "1x"; only "${1}" means group 1 everywhere.
        var found = new List<string>();
        for (var i = 0; i + 1 < template.Length; i++)
        {
            if (template[i] != '$')
            {
                continue;
            }

            // "$$" is a literal dollar in both; skip its second half.
            if (template[i + 1] == '$')
            {
                i++;
            }
            else if (template[i + 1] != '{')
            {
                found.Add($"${template[i + 1]} at {i}");
            }
        }

        return found;
    }

    // A ']' right after '[' or '[^' is a literal member, not the end of the class.
    private static bool OpensClass(string pattern, int index) =>
        pattern[index] == '[' || (pattern[index] == '^' && index > 0 && pattern[index - 1] == '[');

    private static string Peek(string pattern, int start) =>
        pattern.Substring(start, Math.Min(2, pattern.Length - start));
}
