using System.Text.RegularExpressions;

namespace Popcon.Collector.Reports;

/// <summary>
/// Matches row values against a user's filter: a glob when it holds <c>*</c> or <c>?</c>
/// (anchored at both ends), otherwise a substring; always case-insensitive.
/// </summary>
internal sealed class ValueMatcher
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly string _pattern;
    private readonly Regex? _glob;

    public ValueMatcher(string pattern)
    {
        _pattern = pattern;
        if (pattern.Contains('*', StringComparison.Ordinal) ||
            pattern.Contains('?', StringComparison.Ordinal))
        {
            var body = Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal)
                .Replace("\\?", ".", StringComparison.Ordinal);
            // linear time: a visitor's glob like *a*a*a…*b must not backtrack for seconds per row
            _glob = new Regex(
                "^" + body + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline
                    | RegexOptions.NonBacktracking,
                Timeout);
        }
    }

    public bool Matches(IEnumerable<string> values) => values.Any(Matches);

    public bool Matches(string value) =>
        _glob is null
            ? value.Contains(_pattern, StringComparison.OrdinalIgnoreCase)
            : _glob.IsMatch(value);
}
