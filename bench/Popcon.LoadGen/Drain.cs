using System.Diagnostics;

namespace Popcon.LoadGen;

/// <summary>Waits until the server stops counting new lines: its queue is empty.</summary>
internal static class Drain
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(800);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Returns the last counts and the time (from <paramref name="clock"/>) at which
    /// the line count last grew.</summary>
    public static async Task<(ServerCounts Counts, TimeSpan LastGrowth)> UntilQuietAsync(
        IServerProbe probe, Stopwatch clock)
    {
        var last = await probe.ReadAsync();
        var lastGrowth = clock.Elapsed;
        var deadline = clock.Elapsed + Limit;
        while (clock.Elapsed - lastGrowth < Quiet && clock.Elapsed < deadline)
        {
            await Task.Delay(Poll);
            var now = await probe.ReadAsync();
            if (now.Lines > last.Lines || now.Stored > last.Stored)
            {
                lastGrowth = clock.Elapsed;
            }

            last = now;
        }

        return (last, lastGrowth);
    }
}
