using System.Text.RegularExpressions;

namespace Popcon.Collector.Mapping;

/// <summary>Bridges Go (RE2) regex habits to .NET: <c>(?P&lt;name&gt;</c> groups, and group
/// numbers counted by opening parenthesis as Go does (.NET numbers named groups last).</summary>
internal static class GoRegex
{
    public static Regex Compile(string pattern) => new(
        pattern.Replace("(?P<", "(?<", StringComparison.Ordinal),
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>For each Go group number, the .NET group number holding the same capture.</summary>
    public static int[] GroupNumbers(string pattern, Regex regex)
    {
        var numbers = new List<int> { 0 };
        var unnamed = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0;
            }
            else if (c == '(' && GroupName(pattern, i) is { } name)
            {
                numbers.Add(name.Length == 0 ? ++unnamed : regex.GroupNumberFromName(name));
            }
        }

        return [.. numbers];
    }

    // "" for an unnamed capture, the name for a named one, null for a non-capturing group
    private static string? GroupName(string pattern, int open)
    {
        var rest = pattern.AsSpan(open + 1);
        if (!rest.StartsWith("?"))
        {
            return "";
        }

        var nameStart = rest.StartsWith("?P<") ? 3 : rest.StartsWith("?<") && !rest.StartsWith("?<=")
            && !rest.StartsWith("?<!") ? 2 : -1;
        if (nameStart < 0)
        {
            return null;
        }

        var end = rest[nameStart..].IndexOf('>');
        return end <= 0 ? null : rest.Slice(nameStart, end).ToString();
    }
}
