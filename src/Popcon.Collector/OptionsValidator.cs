namespace Popcon.Collector;

/// <summary>Refuses option values the collector cannot run with, naming the fix.</summary>
internal static class OptionsValidator
{
    public static void Validate(CollectorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new CollectorStartupException(
                $"No database path was given: pass {OptionNames.Database} PATH (the file is created if missing).");
        }

        if (options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromHours(1))
        {
            throw new CollectorStartupException(
                $"The flush interval {options.FlushInterval} is out of range: pass {OptionNames.FlushInterval} "
                + "between 1ms and 1h (default 1s).");
        }

        Positive(options.MaxSeries, OptionNames.MaxSeries, "100000");
        Positive(options.MaxLabels, OptionNames.MaxLabels, "16");
        Positive(options.MaxLabelValueLength, OptionNames.MaxLabelValueLength, "256");
        if (options.MaxLineLength is < 16 or > 1024 * 1024)
        {
            throw new CollectorStartupException(
                $"The line length limit {options.MaxLineLength} is out of range: pass {OptionNames.MaxLineLength} "
                + "between 16 and 1048576 (default 4096).");
        }

        if (options.MinCount < 0)
        {
            throw new CollectorStartupException(
                $"The threshold {options.MinCount} is negative: pass {OptionNames.MinCount} 0 to hide "
                + "nothing, or a positive number of processes.");
        }

        if (options.RetentionDays is < 1)
        {
            throw new CollectorStartupException(
                $"Retention of {options.RetentionDays} days keeps nothing: pass {OptionNames.RetentionDays} 1 or "
                + "more, or leave it out to keep every day.");
        }
    }

    private static void Positive(int value, string option, string defaultValue)
    {
        if (value < 1)
        {
            throw new CollectorStartupException(
                $"The limit {value} must be at least 1: pass {option} with a positive number "
                + $"(default {defaultValue}).");
        }
    }
}
