using System.CommandLine;
using Popcon.Cli.Output;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Commands;

/// <summary><c>popcon report</c>: what was used over a window, most used first.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Show how many processes used each package over a window.");
        var sources = new UsageSourceOptions();
        sources.AddTo(command);

        var format = new Option<string>("--format")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "json", "csv");
        var by = new Option<string?>("--by")
        {
            Description = "Group by 'package' (default), 'version' (package and version), 'runtime' " +
                "(runtime and version), or a comma-separated list of label names",
            HelpName = "GROUPING",
        };
        var metric = new Option<string?>("--metric")
        {
            Description = "Count another metric, e.g. python_popcon_library_used; rows are its " +
                "label sets unless --by names labels",
            HelpName = "NAME",
        };
        var match = new Option<string?>("--match")
        {
            Description = "Show only rows with a value matching this glob (* and ?) or substring",
            HelpName = "PATTERN",
        };
        command.Add(format);
        command.Add(by);
        command.Add(metric);
        command.Add(match);

        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(async () =>
        {
            var request = Request(
                parseResult.GetValue(metric),
                parseResult.GetValue(by),
                sources.Window(parseResult),
                parseResult.GetValue(sources.MinCount),
                parseResult.GetValue(match));
            var source = sources.Source(parseResult);
            var report = await UsageReportBuilder.BuildAsync(source, request, cancellationToken)
                .ConfigureAwait(false);

            await WriteAsync(report, request.MinCount, parseResult.GetValue(format) ?? "table")
                .ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        return command;
    }

    internal static ReportRequest Request(
        string? metric, string? by, ReportWindow window, int minCount, string? match)
    {
        var labels = (by ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (labels.FirstOrDefault(l => !MetricNameRules.IsLabelName(l)) is { } badLabel)
        {
            throw new UsageException($"'{badLabel}' is not a label name (letters, digits and _)");
        }

        if (metric is { Length: > 0 } && !MetricNameRules.IsMetricName(metric))
        {
            throw new UsageException($"'{metric}' is not a metric name (letters, digits, _ and :)");
        }

        if (metric is { Length: > 0 })
        {
            return new ReportRequest(
                metric, labels, MetricNames.ReportsFor(metric), window, minCount, match);
        }

        var (name, groupBy) = (by ?? MetricNames.PackageLabel) switch
        {
            MetricNames.PackageLabel => (MetricNames.PackageUsed, new[] { MetricNames.PackageLabel }),
            MetricNames.VersionLabel => (MetricNames.PackageUsed,
                [MetricNames.PackageLabel, MetricNames.VersionLabel]),
            MetricNames.RuntimeLabel => (MetricNames.RuntimeUsed,
                [MetricNames.RuntimeLabel, MetricNames.VersionLabel]),
            _ when labels.Length > 0 => (MetricNames.PackageUsed, labels),
            _ => throw new UsageException("--by needs at least one label name"),
        };
        return new ReportRequest(name, groupBy, MetricNames.ReportsFor(name), window, minCount, match);
    }

    private static async Task WriteAsync(UsageReport report, int minCount, string format)
    {
        var output = Console.Out;
        switch (format)
        {
            case "json":
                await output.WriteAsync(ReportJsonWriter.ToJson(report)).ConfigureAwait(false);
                break;
            case "csv":
                await output.WriteAsync(ReportCsvWriter.ToCsv(report)).ConfigureAwait(false);
                break;
            default:
                ReportTableWriter.Write(report, minCount, output);
                break;
        }

        await output.FlushAsync().ConfigureAwait(false);
    }
}
