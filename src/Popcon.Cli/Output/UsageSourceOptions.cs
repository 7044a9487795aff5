using System.CommandLine;
using System.Globalization;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>
/// The options every usage-reading command shares: where usage comes from (<c>--db</c> or
/// <c>--prometheus</c>), which days (<c>--days</c>, <c>--all</c>, <c>--until</c>) and the privacy
/// threshold (<c>--min-count</c>).
/// </summary>
internal sealed class UsageSourceOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The collector's SQLite store [default: ${DefaultPaths.DatabaseVariable} or " +
            "popcon/popcon.db under the local data folder]",
        HelpName = "PATH",
    };

    public Option<string?> Prometheus { get; } = new("--prometheus")
    {
        Description = "Read usage from a Prometheus server's HTTP API instead of the store",
        HelpName = "URL",
    };

    public Option<int> Days { get; } = new("--days")
    {
        Description = "Cover the last N days up to --until",
        HelpName = "N",
        DefaultValueFactory = _ => ReportWindow.DefaultDays,
    };

    public Option<bool> All { get; } = new("--all") { Description = "Cover every day the source holds" };

    public Option<string?> Until { get; } = new("--until")
    {
        Description = "The last day of the window, yyyy-MM-dd [default: today, UTC]",
        HelpName = "DAY",
    };

    public Option<int> MinCount { get; } = new("--min-count")
    {
        Description = "Hide rows used by fewer than K processes (privacy threshold); count them instead",
        HelpName = "K",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>Adds the options; <paramref name="withMinCount"/> only where rows can be hidden.</summary>
    public void AddTo(Command command, bool withMinCount = true)
    {
        command.Add(Database);
        command.Add(Prometheus);
        command.Add(Days);
        command.Add(All);
        command.Add(Until);
        if (withMinCount)
        {
            command.Add(MinCount);
        }

        OptionChecks.AtLeast(Days, 1);
        OptionChecks.AtLeast(MinCount, 0);
        Until.Validators.Add(r =>
        {
            if (!TryParseDay(r.GetValueOrDefault<string?>(), out _))
            {
                r.AddError("--until takes a day as yyyy-MM-dd");
            }
        });
        command.Validators.Add(r =>
        {
            if (r.GetResult(All) is { Implicit: false } && r.GetResult(Days) is { Implicit: false })
            {
                r.AddError("--days and --all cannot be used together");
            }

            if (r.GetResult(Database) is { Implicit: false } &&
                r.GetResult(Prometheus) is { Implicit: false })
            {
                r.AddError("--db and --prometheus cannot be used together");
            }
        });
    }

    public ReportWindow Window(ParseResult parseResult)
    {
        if (!TryParseDay(parseResult.GetValue(Until), out var until))
        {
            throw new UsageException("--until takes a day as yyyy-MM-dd");
        }

        // the midnight after the last day must be a calendar day too: sources query up to it
        if (until == DateOnly.MaxValue)
        {
            throw new UsageException("--until must be before 9999-12-31");
        }

        if (parseResult.GetValue(All))
        {
            return ReportWindow.All(until);
        }

        // the first day must be a calendar day, or the window's date arithmetic overflows
        var days = parseResult.GetValue(Days);
        if (days - 1 > until.DayNumber)
        {
            throw new UsageException(
                $"--days {days} with --until {until:yyyy-MM-dd} starts before 0001-01-01; use --all");
        }

        return ReportWindow.Last(days, until);
    }

    public IUsageSource Source(ParseResult parseResult)
    {
        if (parseResult.GetValue(Prometheus) is { } url)
        {
            return PrometheusSourceFactory.Create(url);
        }

        return new SqliteUsageSource(parseResult.GetValue(Database) ?? DefaultPaths.Database);
    }

    private static bool TryParseDay(string? text, out DateOnly day)
    {
        if (text is null)
        {
            day = ReportWindow.TodayUtc();
            return true;
        }

        return DateOnly.TryParseExact(
            text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
