using System.Text;

namespace Popcon.Collector.Mapping;

/// <summary>Turns a statsd name into a Prometheus name the way statsd_exporter does: every
/// character outside [a-zA-Z0-9_] becomes '_', a run of '-' after the first is dropped, and a
/// leading digit gets a '_' in front.</summary>
internal static class NameEscaper
{
    public static string Escape(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        if (!NeedsEscaping(name))
        {
            return name;
        }

        var sb = new StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0]))
        {
            sb.Append('_');
        }

        var previous = '\0';
        foreach (var rune in name.EnumerateRunes())
        {
            var c = rune.IsBmp ? (char)rune.Value : '\uFFFF';
            if (IsValid(c))
            {
                sb.Append(c);
            }
            else if (!(c == '-' && previous == '-'))
            {
                sb.Append('_');
            }

            if (!(c == '-' && previous == '-'))
            {
                previous = c;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscaping(string name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return true;
        }

        foreach (var c in name)
        {
            if (!IsValid(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
