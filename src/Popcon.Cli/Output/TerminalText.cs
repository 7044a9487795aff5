using System.Globalization;
using System.Text;

namespace Popcon.Cli.Output;

/// <summary>Makes label values safe to print on a terminal.</summary>
internal static class TerminalText
{
    /// <summary>
    /// Replaces control characters with <c>\uXXXX</c>: label values come from whatever any local
    /// process sent, and an escape sequence must not reach the user's terminal.
    /// </summary>
    public static string Clean(string value)
    {
        if (!value.Any(char.IsControl))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
