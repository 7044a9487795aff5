using System.Text;
using System.Text.RegularExpressions;

namespace Popcon.Collector.Mapping;

/// <summary>Expands <c>$n</c>, <c>${n}</c> (and for regexes <c>$name</c>, <c>${name}</c>,
/// <c>$$</c>) in rule names and label values.</summary>
internal static partial class Templates
{
    /// <summary>Glob form: a reference to a missing or non-numeric capture becomes empty.</summary>
    public static string ExpandGlob(string template, IReadOnlyList<string> captures)
    {
        if (template.IndexOf('$', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        return GlobReference().Replace(template, m =>
            int.TryParse(m.Groups[1].ValueSpan, out var index) && index >= 1 && index <= captures.Count
                ? captures[index - 1]
                : "");
    }

    /// <summary>Regex form, as Go's Regexp.Expand: the longest [A-Za-z0-9_]+ after '$' names a
    /// group (number or name); an unknown group becomes empty; a lone '$' stays.</summary>
    public static string ExpandRegex(string template, Match match, int[] groupNumbers)
    {
        if (template.IndexOf('$', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var sb = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (template[i + 1] == '$')
            {
                sb.Append('$');
                i += 2;
                continue;
            }

            var braced = template[i + 1] == '{';
            var start = i + (braced ? 2 : 1);
            var end = start;
            while (end < template.Length && (char.IsAsciiLetterOrDigit(template[end]) || template[end] == '_'))
            {
                end++;
            }

            if (end == start || (braced && (end >= template.Length || template[end] != '}')))
            {
                sb.Append('$');
                i++;
                continue;
            }

            sb.Append(GroupValue(match, template[start..end], groupNumbers));
            i = braced ? end + 1 : end;
        }

        return sb.ToString();
    }

    private static string GroupValue(Match match, string name, int[] groupNumbers)
    {
        if (int.TryParse(name, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number >= 0 && number < groupNumbers.Length ? match.Groups[groupNumbers[number]].Value : "";
        }

        var group = match.Groups[name];
        return group.Success ? group.Value : "";
    }

    [GeneratedRegex(@"\$\{?([a-zA-Z0-9_\$]+)\}?", RegexOptions.CultureInvariant)]
    private static partial Regex GlobReference();
}
