using System.Globalization;

namespace Popcon.LoadGen;

/// <summary>A process's CPU time and memory, from /proc (Linux).</summary>
internal static class ProcStats
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    /// <summary>User plus system CPU seconds used so far.</summary>
    public static double CpuSeconds(int pid)
    {
        // stat = pid ' (' comm ') ' state ...; utime and stime are fields 14 and 15
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / TicksPerSecond;
    }

    /// <summary>A VmXXX line of /proc/PID/status in MiB (VmRSS now, VmHWM peak).</summary>
    public static double MemoryMiB(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var kb = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }
}
