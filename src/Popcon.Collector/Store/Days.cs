using System.Globalization;

namespace Popcon.Collector.Store;

/// <summary>UTC days as <see cref="DateOnly.DayNumber"/> and as the stored yyyy-MM-dd text.</summary>
internal static class Days
{
    public static int Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).DayNumber;

    public static string Format(int day) =>
        DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int Parse(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
}
