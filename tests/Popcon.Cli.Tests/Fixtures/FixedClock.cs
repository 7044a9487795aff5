namespace Popcon.Cli.Tests.Fixtures;

/// <summary>A clock that always says noon UTC on one day.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
