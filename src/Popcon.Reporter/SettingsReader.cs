using System;
using System.Collections.Generic;

namespace Popcon.Reporter;

/// <summary>
/// Reads <see cref="ReporterSettings"/> from environment variables. A malformed value never
/// fails: it falls back to the default and leaves one self-log line saying so.
/// </summary>
internal static class SettingsReader
{
    // Two days: longer periods are never useful and keep the timer far from its limits.
    private const int MaxFlushIntervalSeconds = 172_800;

    public static ReporterSettings Read(Func<string, string?> lookup)
    {
        var settings = new ReporterSettings
        {
            Disabled = IsTrue(lookup("POPCON_DISABLE")),
            Host = ReadHost(lookup),
            Port = ReadPort(lookup),
            Tags = ReadTags(lookup("POPCON_STATSD_TAGS")),
            Prefix = ReadPrefix(lookup("POPCON_STATSD_PREFIX")),
            IncludeVersions = ReadVersions(lookup("POPCON_VERSIONS")),
            FlushIntervalSeconds = ReadInterval(lookup("POPCON_FLUSH_INTERVAL")),
            ExcludedProcesses = ReadList(lookup("POPCON_EXCLUDE_PROCESSES")),
        };
        return settings;
    }

    public static string? FromEnvironment(string name)
    {
        return Environment.GetEnvironmentVariable(name);
    }

    private static bool IsTrue(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var trimmed = value.Trim();
        return trimmed == "1"
            || AsciiText.EqualsIgnoreCase(trimmed, "true")
            || AsciiText.EqualsIgnoreCase(trimmed, "yes");
    }

    private static string ReadHost(Func<string, string?> lookup)
    {
        var value = lookup("POPCON_STATSD_HOST");
        var name = "POPCON_STATSD_HOST";
        if (value is null)
        {
            value = lookup("PYTHON_POPCONTEST_STATSD_HOST");
            name = "PYTHON_POPCONTEST_STATSD_HOST";
        }

        if (value is null)
        {
            return ReporterSettings.DefaultHost;
        }

        var host = value.Trim();
        if (host.Length == 0 || host.Length > 253 || HasAny(host, " /\t"))
        {
            return Malformed(name, value, ReporterSettings.DefaultHost);
        }

        return host;
    }

    private static int ReadPort(Func<string, string?> lookup)
    {
        var value = lookup("POPCON_STATSD_PORT");
        var name = "POPCON_STATSD_PORT";
        if (value is null)
        {
            value = lookup("PYTHON_POPCONTEST_STATSD_PORT");
            name = "PYTHON_POPCONTEST_STATSD_PORT";
        }

        if (value is null)
        {
            return ReporterSettings.DefaultPort;
        }

        if (TryParseDigits(value.Trim(), out var port)
            && port is > 0 and <= 65535)
        {
            return port;
        }

        return Malformed(name, value, ReporterSettings.DefaultPort);
    }

    private static TagMode ReadTags(string? value)
    {
        if (value is null)
        {
            return TagMode.DogStatsD;
        }

        var trimmed = value.Trim();
        if (AsciiText.EqualsIgnoreCase(trimmed, "none"))
        {
            return TagMode.None;
        }

        if (AsciiText.EqualsIgnoreCase(trimmed, "dogstatsd"))
        {
            return TagMode.DogStatsD;
        }

        return Malformed("POPCON_STATSD_TAGS", value, TagMode.DogStatsD);
    }

    private static string ReadPrefix(string? value)
    {
        if (value is null)
        {
            return ReporterSettings.DefaultPrefix;
        }

        var trimmed = value.Trim();
        if (IsValidPrefix(trimmed))
        {
            return trimmed;
        }

        return Malformed("POPCON_STATSD_PREFIX", value, ReporterSettings.DefaultPrefix);
    }

    private static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0 || prefix.Length > 64 || prefix[0] == '.' || prefix[prefix.Length - 1] == '.')
        {
            return false;
        }

        foreach (var c in prefix)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '_' or '.' or '-';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ReadVersions(string? value)
    {
        if (value is null)
        {
            return true;
        }

        var trimmed = value.Trim();
        if (trimmed == "0" || AsciiText.EqualsIgnoreCase(trimmed, "false"))
        {
            return false;
        }

        if (trimmed == "1" || AsciiText.EqualsIgnoreCase(trimmed, "true"))
        {
            return true;
        }

        return Malformed("POPCON_VERSIONS", value, true);
    }

    private static int ReadInterval(string? value)
    {
        if (value is null)
        {
            return ReporterSettings.DefaultFlushIntervalSeconds;
        }

        if (TryParseDigits(value.Trim(), out var seconds)
            && seconds <= MaxFlushIntervalSeconds)
        {
            return seconds;
        }

        return Malformed("POPCON_FLUSH_INTERVAL", value, ReporterSettings.DefaultFlushIntervalSeconds);
    }

    // Plain ASCII digits, at most nine of them. Parsed by hand: int.TryParse with a culture sets
    // up the globalization data on the host's main thread, about two milliseconds at start.
    private static bool TryParseDigits(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static string[] ReadList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        // An array, not a list: the settings are read before anything else needs a collection.
        var parts = AsciiText.Split(value!, ',');
        var count = 0;
        foreach (var part in parts)
        {
            var name = part.Trim();
            if (name.Length > 0)
            {
                parts[count++] = name;
            }
        }

        Array.Resize(ref parts, count);
        return parts;
    }

    private static bool HasAny(string text, string characters)
    {
        foreach (var c in text)
        {
            if (AsciiText.IndexOf(characters, c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static T Malformed<T>(string name, string value, T fallback)
    {
        SelfLog.Write("malformed " + name + "='" + value + "', using default '" + fallback + "'");
        return fallback;
    }
}
