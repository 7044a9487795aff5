using System.CommandLine;
using Popcon.Cli.Output;
using Popcon.Collector.Inventory;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Commands;

/// <summary><c>popcon unused</c>: installed package versions nobody used, and what they weigh.</summary>
internal static class UnusedCommand
{
    public static Command Create()
    {
        var command = new Command(
            "unused",
            "List installed package versions, tools, modules and runtimes no process used in the " +
            "window, biggest first; dependencies of used packages are kept.");
        var sources = new UsageSourceOptions();
        // Usage below a privacy threshold is still usage: hiding it here would offer used
        // versions for removal, so unused has no --min-count.
        sources.AddTo(command, withMinCount: false);

        var paths = new Argument<string[]>("PATH")
        {
            Description = "Folders to scan [default: this machine's NuGet folders and feeds, dotnet " +
                "tool store, PowerShell module folders and dotnet root]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "json", "csv");
        command.Add(paths);
        command.Add(format);

        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(async () =>
        {
            var window = sources.Window(parseResult);
            var source = sources.Source(parseResult);
            var usage = await UsageIndex.ReadAsync(source, window, cancellationToken).ConfigureAwait(false);

            var given = parseResult.GetValue(paths) ?? [];
            if (given.FirstOrDefault(p => !Directory.Exists(p)) is { } missing)
            {
                throw new ReportException($"{Path.GetFullPath(missing)} does not exist or is not a folder");
            }

            var roots = given.Length > 0 ? given : KnownLocations.Find();
            var scan = await ScanProgress.ScanAsync(roots, cancellationToken).ConfigureAwait(false);
            var report = UnusedAnalysis.Analyze(scan, usage, window);

            await WriteAsync(report, parseResult.GetValue(format) ?? "table").ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        return command;
    }

    private static async Task WriteAsync(UnusedReport report, string format)
    {
        var output = Console.Out;
        switch (format)
        {
            case "json":
                await output.WriteAsync(UnusedJsonWriter.ToJson(report)).ConfigureAwait(false);
                break;
            case "csv":
                await output.WriteAsync(UnusedCsvWriter.ToCsv(report)).ConfigureAwait(false);
                break;
            default:
                UnusedTableWriter.Write(report, output);
                break;
        }

        await output.FlushAsync().ConfigureAwait(false);
    }
}
