namespace Popcon.Collector.Reports;

/// <summary>
/// The days a report covers: the last <see cref="Days"/> days up to and including
/// <see cref="Until"/> (UTC), or all days the source knows when <see cref="Days"/> is null.
/// </summary>
public sealed record ReportWindow(int? Days, DateOnly Until)
{
    /// <summary>The default window length in days.</summary>
    public const int DefaultDays = 30;

    /// <summary>True when the window covers everything the source holds.</summary>
    public bool IsAll => Days is null;

    /// <summary>The first day inside the window, or null for an all-time window.</summary>
    public DateOnly? From => Days is { } days ? Until.AddDays(1 - days) : null;

    /// <summary>The last <paramref name="days"/> days up to and including <paramref name="until"/>.</summary>
    public static ReportWindow Last(int days, DateOnly until)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new ReportWindow(days, until);
    }

    /// <summary>Every day the source holds, up to <paramref name="until"/>.</summary>
    public static ReportWindow All(DateOnly until) => new(null, until);

    /// <summary>Today in UTC, the default end of every window.</summary>
    public static DateOnly TodayUtc() => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>True when <paramref name="day"/> lies inside the window.</summary>
    public bool Contains(DateOnly day) => day <= Until && (From is not { } from || day >= from);
}
