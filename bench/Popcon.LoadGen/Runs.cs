using System.Diagnostics;

namespace Popcon.LoadGen;

/// <summary>The two measurements: a timed realistic load, and a sweep that grows the series
/// count and reads the server's memory at checkpoints.</summary>
internal static class Runs
{
    public static async Task<Dictionary<string, object>> RealisticAsync(
        LoadOptions options, IServerProbe probe, Sender sender)
    {
        var pool = TrafficMix.Realistic(options.Series, 4096, options.Seed);
        var before = await probe.ReadAsync();
        var cpuBefore = ProcStats.CpuSeconds(options.Pid);
        var clock = Stopwatch.StartNew();
        sender.Run(pool, options.Rate, options.Seconds);
        var (after, lastGrowth) = await Drain.UntilQuietAsync(probe, clock);
        var cpu = ProcStats.CpuSeconds(options.Pid) - cpuBefore;
        var sent = sender.Totals;
        var received = after.Lines - before.Lines;
        var stored = after.Stored - before.Stored;
        var busy = Math.Max(lastGrowth.TotalSeconds, sent.Seconds);
        return new Dictionary<string, object>
        {
            ["server"] = options.Server,
            ["rate_asked"] = options.Rate,
            ["seconds"] = Math.Round(sent.Seconds, 3),
            ["sent_lines"] = sent.Lines,
            ["sent_lines_per_s"] = Math.Round(sent.Lines / sent.Seconds),
            ["sent_counters"] = sent.Counters,
            ["sent_garbage"] = sent.Garbage,
            ["send_errors"] = sent.SendErrors,
            ["received_lines"] = received,
            ["bad_lines"] = after.Bad - before.Bad,
            ["stored_counts"] = stored,
            ["accepted_lines_per_s"] = Math.Round(received / busy),
            ["loss"] = Math.Round(1 - (received / sent.Lines), 5),
            ["stored_of_expected"] = Math.Round(stored / sent.Counters, 5),
            ["series"] = after.Series,
            ["cpu_seconds"] = Math.Round(cpu, 2),
            ["cpu_percent"] = Math.Round(100 * cpu / busy, 1),
            ["rss_mib"] = Math.Round(ProcStats.MemoryMiB(options.Pid, "VmRSS"), 1),
            ["peak_rss_mib"] = Math.Round(ProcStats.MemoryMiB(options.Pid, "VmHWM"), 1),
        };
    }

    public static async Task<Dictionary<string, object>> SweepAsync(
        LoadOptions options, IServerProbe probe, Sender sender)
    {
        var result = new Dictionary<string, object>
        {
            ["server"] = options.Server,
            ["rss_mib_at_start"] = Math.Round(ProcStats.MemoryMiB(options.Pid, "VmRSS"), 1),
        };
        var points = new List<Dictionary<string, object>>();
        var done = 0;
        var clock = Stopwatch.StartNew();
        foreach (var checkpoint in options.Checkpoints.Order())
        {
            sender.RunOnce(TrafficMix.Sweep(done, checkpoint), Math.Max(options.Rate, 1));
            done = checkpoint;
            var (counts, _) = await Drain.UntilQuietAsync(probe, clock);
            points.Add(new Dictionary<string, object>
            {
                ["series_sent"] = checkpoint,
                ["series_held"] = counts.Series,
                ["stored_counts"] = counts.Stored,
                ["rss_mib"] = Math.Round(ProcStats.MemoryMiB(options.Pid, "VmRSS"), 1),
                ["peak_rss_mib"] = Math.Round(ProcStats.MemoryMiB(options.Pid, "VmHWM"), 1),
            });
        }

        result["points"] = points;
        return result;
    }
}
