using System.Globalization;

namespace Popcon.Collector.Reports;

/// <summary>Byte counts for people: <c>512 B</c>, <c>1.5 KiB</c>, <c>20.0 MiB</c>.</summary>
public static class ByteSizeText
{
    private static readonly string[] Units = ["KiB", "MiB", "GiB", "TiB"];

    /// <summary>Whole bytes below 1 KiB, else one decimal in the largest binary unit that fits.</summary>
    public static string Format(long bytes)
    {
        if (bytes < 1024)
        {
            return bytes.ToString(CultureInfo.InvariantCulture) + " B";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.0", CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
