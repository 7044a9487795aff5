using System.Globalization;
using System.Text;

namespace Popcon.Deploy.Tests.Prometheus;

/// <summary>
/// Two days of hourly samples for every metric popcon produces, as OpenMetrics text for
/// <c>promtool tsdb create-blocks-from openmetrics</c>.
/// </summary>
internal static class SampleSeries
{
    /// <summary>Hours of samples written, the last one at <see cref="EndTime"/>.</summary>
    public const int Hours = 48;

    private static readonly (string Family, string Type, string Sample, int PerHour)[] Series =
    [
        ("dotnet_popcon_package_used", "counter",
            "dotnet_popcon_package_used_total{job=\"popcon\",package=\"newtonsoft.json\",version=\"13.0.4\"}", 2),
        ("dotnet_popcon_package_used", "counter",
            "dotnet_popcon_package_used_total{job=\"popcon\",package=\"yamldotnet\",version=\"16.3.0\"}", 1),
        ("dotnet_popcon_runtime_used", "counter",
            "dotnet_popcon_runtime_used_total{job=\"popcon\",runtime=\"microsoft.netcore.app\",version=\"10.0.12\"}", 3),
        ("dotnet_popcon_reports", "counter", "dotnet_popcon_reports_total{job=\"popcon\"}", 3),
        ("python_popcon_library_used", "unknown",
            "python_popcon_library_used{job=\"statsd_exporter\",library=\"zope.interface\"}", 1),
        ("python_popcon_library_used", "unknown",
            "python_popcon_library_used{job=\"statsd_exporter\",library=\"numpy\",namespace=\"hub\"}", 2),
        ("python_popcon_imported_package", "unknown",
            "python_popcon_imported_package{job=\"statsd_exporter\",package=\"google.protobuf\"}", 1),
        ("python_popcon_reports", "unknown", "python_popcon_reports{job=\"statsd_exporter\"}", 2),
    ];

    /// <summary>The time of the last sample: the top of the current hour, UTC.</summary>
    public static DateTimeOffset EndTime { get; } = TopOfHour(DateTimeOffset.UtcNow);

    /// <summary>The OpenMetrics exposition of all series, each family once, ending in # EOF.</summary>
    public static string OpenMetrics()
    {
        var text = new StringBuilder();
        foreach (var family in Series.GroupBy(s => (s.Family, s.Type)))
        {
            // Family header: "# TYPE <family> <type>"; then each series' samples in time order.
            text.Append(CultureInfo.InvariantCulture, $"# TYPE {family.Key.Family} {family.Key.Type}\n");
            foreach (var series in family)
            {
                for (var hour = 0; hour <= Hours; hour++)
                {
                    var at = EndTime.AddHours(hour - Hours).ToUnixTimeSeconds();
                    text.Append(CultureInfo.InvariantCulture,
                        $"{series.Sample} {hour * series.PerHour} {at}\n");
                }
            }
        }

        return text.Append("# EOF\n").ToString();
    }

    private static DateTimeOffset TopOfHour(DateTimeOffset now) =>
        new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);
}
