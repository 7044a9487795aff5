using System.Globalization;
using Microsoft.AspNetCore.Http;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Web;

/// <summary>
/// The page's and the API's query string, checked: <c>days</c>, <c>q</c>, <c>min_count</c>,
/// <c>format</c>.
/// </summary>
internal sealed record PageQuery(int? Days, string Search, int MinCount, string Format)
{
    public const int MaxDays = 3650;
    public const int MaxSearchLength = 200;

    /// <summary>The windows the selector offers.</summary>
    public static readonly int[] WindowChoices = [7, 30, 90, 365];

    public ReportWindow Window(DateOnly today) =>
        Days is { } days ? ReportWindow.Last(days, today) : ReportWindow.All(today);

    public string DaysText => Days?.ToString(CultureInfo.InvariantCulture) ?? "all";

    /// <summary>The query string that shows the same thing again, for links and downloads.</summary>
    public string ToQueryString(string? format = null)
    {
        var parts = new List<string>
        {
            "days=" + DaysText,
            "min_count=" + MinCount.ToString(CultureInfo.InvariantCulture),
        };
        if (Search.Length > 0)
        {
            parts.Add("q=" + Uri.EscapeDataString(Search));
        }

        if (format is not null)
        {
            parts.Add("format=" + format);
        }

        return string.Join('&', parts);
    }

    /// <summary>Reads the query; <paramref name="error"/> is one plain sentence when it is bad.</summary>
    public static PageQuery? Parse(IQueryCollection query, PopconPageOptions options, out string? error)
    {
        error = null;
        int? days = options.DefaultDays;
        var daysText = query["days"].ToString();
        if (daysText == "all")
        {
            days = null;
        }
        else if (daysText.Length > 0)
        {
            if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ||
                d < 1 || d > MaxDays)
            {
                error = $"days must be 'all' or a whole number from 1 to {MaxDays}";
                return null;
            }

            days = d;
        }

        var minCount = options.DefaultMinCount;
        var minText = query["min_count"].ToString();
        if (minText.Length > 0)
        {
            if (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            {
                error = "min_count must be a whole number";
                return null;
            }

            // Visitors may raise the privacy threshold, never lower it below the configured one.
            minCount = Math.Max(k, options.DefaultMinCount);
        }

        var search = query["q"].ToString().Trim();
        if (search.Length > MaxSearchLength)
        {
            error = $"q must be at most {MaxSearchLength} characters";
            return null;
        }

        var format = query["format"].ToString();
        if (format.Length == 0)
        {
            format = "json";
        }
        else if (format is not ("json" or "csv"))
        {
            error = "format must be json or csv";
            return null;
        }

        return new PageQuery(days, search, minCount, format);
    }
}
