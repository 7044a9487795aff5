using System;
using System.IO;
using System.Text;

namespace Popcon.Reporter;

/// <summary>
/// The string operations the reporter needs, as plain loops. CoreLib's vectorized ones (IndexOf,
/// Split, Path.GetFileName, case-insensitive comparison, UTF-8 transcoding) load their SIMD
/// vector types on first use: about a millisecond each, measured, in every process where the
/// host has not used them yet. The reporter's strings are short, so a loop costs microseconds.
/// </summary>
internal static class AsciiText
{
    public static int IndexOf(string text, char value, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    public static int LastIndexOf(string text, char value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The file name of a path: what follows its last directory separator.</summary>
    public static string FileName(string path)
    {
        for (var i = path.Length - 1; i >= 0; i--)
        {
            if (path[i] == Path.DirectorySeparatorChar || path[i] == Path.AltDirectorySeparatorChar)
            {
                return path.Substring(i + 1);
            }
        }

        return path;
    }

    /// <summary>Splits at every <paramref name="separator"/>, keeping empty parts.</summary>
    public static string[] Split(string text, char separator)
    {
        return Split(text, separator, separator);
    }

    /// <summary>Splits at every <paramref name="first"/> or <paramref name="second"/>.</summary>
    public static string[] Split(string text, char first, char second)
    {
        var count = 1;
        foreach (var c in text)
        {
            count += c == first || c == second ? 1 : 0;
        }

        var parts = new string[count];
        var part = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == first || text[i] == second)
            {
                parts[part++] = text.Substring(start, i - start);
                start = i + 1;
            }
        }

        parts[part] = text.Substring(start);
        return parts;
    }

    /// <summary>Ordinal comparison ignoring the case of ASCII letters; other text as CoreLib does.</summary>
    public static bool EqualsIgnoreCase(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x > '\u007f' || y > '\u007f')
            {
                return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
            }

            if (x == y)
            {
                continue;
            }

            // Equal ignoring case only when both are the same letter: 0x20 is the case bit.
            var lower = (char)(x | 0x20);
            if (lower != (y | 0x20) || !IsLetter(lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, with a NUL after them if asked.</summary>
    public static byte[] Utf8(string text, bool nulTerminated = false)
    {
        var extra = nulTerminated ? 1 : 0;
        var bytes = new byte[text.Length + extra];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > '\u007f')
            {
                return Encoding.UTF8.GetBytes(nulTerminated ? text + "\0" : text);
            }

            bytes[i] = (byte)c;
        }

        return bytes;
    }

    /// <summary>Decodes UTF-8; invalid sequences become U+FFFD, as with Encoding.UTF8.</summary>
    public static string FromUtf8(byte[] bytes, int start, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            var b = bytes[start + i];
            if (b > 0x7f)
            {
                return Encoding.UTF8.GetString(bytes, start, count);
            }

            chars[i] = (char)b;
        }

        return new string(chars);
    }

    private static bool IsLetter(char lower)
    {
        return lower is >= 'a' and <= 'z';
    }
}
