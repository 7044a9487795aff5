namespace Popcon.Cli.Output;

/// <summary>A few characters that show how daily counts moved over a window.</summary>
internal static class Sparkline
{
    public const int Width = 8;

    private const string Levels = "▁▂▃▄▅▆▇█";
    private const char Nothing = '·';

    /// <summary>
    /// Splits <paramref name="from"/>..<paramref name="to"/> into at most <see cref="Width"/>
    /// equal runs of days and draws each run's sum, scaled to the largest run.
    /// </summary>
    public static string Draw(IReadOnlyDictionary<DateOnly, double> daily, DateOnly from, DateOnly to)
    {
        var span = to.DayNumber - from.DayNumber + 1;
        if (span <= 0)
        {
            return string.Empty;
        }

        var buckets = Math.Min(Width, span);
        var daysPerBucket = (span + buckets - 1) / buckets;
        buckets = (span + daysPerBucket - 1) / daysPerBucket;
        var sums = new double[buckets];
        foreach (var (day, value) in daily)
        {
            var offset = day.DayNumber - from.DayNumber;
            if (offset >= 0 && offset < span)
            {
                sums[offset / daysPerBucket] += value;
            }
        }

        var max = sums.Max();
        return new string(sums.Select(s => Level(s, max)).ToArray());
    }

    private static char Level(double sum, double max)
    {
        if (sum <= 0 || max <= 0)
        {
            return Nothing;
        }

        var level = (int)Math.Ceiling(sum / max * Levels.Length);
        return Levels[Math.Clamp(level, 1, Levels.Length) - 1];
    }
}
