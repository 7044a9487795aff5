using System.CommandLine;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Popcon.Collector;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Commands;

/// <summary><c>popcon serve</c>: the collector, on its embedded SQLite store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var udp = new Option<string>("--statsd-udp")
        {
            Description = "Address for statsd over UDP, HOST:PORT; empty to disable.",
            DefaultValueFactory = _ => "127.0.0.1:8125",
        };
        var tcp = new Option<string>("--statsd-tcp")
        {
            Description = "Address for statsd over TCP, HOST:PORT; empty to disable.",
            DefaultValueFactory = _ => "127.0.0.1:8125",
        };
        var web = new Option<string>("--web")
        {
            Description = "Address for /metrics, the API and the page, HOST:PORT; empty to disable.",
            DefaultValueFactory = _ => "127.0.0.1:9102",
        };
        var db = new Option<string>("--db")
        {
            Description = "SQLite database file.",
            DefaultValueFactory = _ => DefaultPaths.Database,
        };
        var mapping = new Option<string?>("--mapping")
        {
            Description = "statsd_exporter mapping file (YAML); the built-in mappings when absent.",
        };
        var flush = new Option<double>("--flush-interval")
        {
            Description = "Seconds between writes to the database; a crash loses at most this much.",
            DefaultValueFactory = _ => 1.0,
        };
        var maxSeries = new Option<int>("--max-series")
        {
            Description = "Most counter series kept; samples of further series are dropped and counted.",
            DefaultValueFactory = _ => 100_000,
        };
        var maxLabels = new Option<int>("--max-labels")
        {
            Description = "Most labels on one series; samples with more are dropped and counted.",
            DefaultValueFactory = _ => 16,
        };
        var maxLabelValue = new Option<int>("--max-label-value-length")
        {
            Description = "Longest label value; samples with longer ones are dropped and counted.",
            DefaultValueFactory = _ => 256,
        };
        var maxLine = new Option<int>("--max-line-length")
        {
            Description = "Longest statsd line in bytes; longer lines are dropped and counted.",
            DefaultValueFactory = _ => 4096,
        };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Privacy threshold of the page and /api/report: hide packages used by fewer "
                + "processes in the window (0 hides nothing).",
            DefaultValueFactory = _ => 0,
        };
        var inventory = new Option<string[]>("--inventory")
        {
            Description = "Folder of installed packages (NuGet folder, tool store, module folder, "
                + "dotnet root) for the page's unused list; repeat for several.",
            AllowMultipleArgumentsPerToken = true,
        };
        var retention = new Option<int?>("--retention-days")
        {
            Description = "Keep daily rows this many days (totals are kept forever); all when absent.",
        };

        var command = new Command("serve", "Receive statsd counters, store them, and serve /metrics and the page.")
        {
            udp, tcp, web, db, mapping, flush, maxSeries, maxLabels, maxLabelValue, maxLine, retention,
            minCount, inventory,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var flushSeconds = parse.GetValue(flush);
            if (!(flushSeconds > 0 && flushSeconds <= 3600))
            {
                // Checked here, before TimeSpan conversion can overflow on absurd values.
                Console.Error.WriteLine(
                    "popcon: --flush-interval takes seconds, more than 0 and at most 3600, e.g. --flush-interval 1.");
                return Task.FromResult(ExitCodes.Usage);
            }

            if (parse.GetResult(db) is null || parse.GetResult(db)!.Implicit)
            {
                // The default lives in the user's data directory, which may not exist yet on a
                // fresh machine; a path the user typed is taken as given.
                Directory.CreateDirectory(Path.GetDirectoryName(DefaultPaths.Database)!);
            }

            var options = new CollectorOptions
            {
                StatsdUdp = parse.GetValue(udp),
                StatsdTcp = parse.GetValue(tcp),
                Web = parse.GetValue(web),
                DatabasePath = Path.GetFullPath(parse.GetValue(db)!),
                MappingFile = parse.GetValue(mapping),
                FlushInterval = TimeSpan.FromSeconds(flushSeconds),
                MaxSeries = parse.GetValue(maxSeries),
                MaxLabels = parse.GetValue(maxLabels),
                MaxLabelValueLength = parse.GetValue(maxLabelValue),
                MaxLineLength = parse.GetValue(maxLine),
                RetentionDays = parse.GetValue(retention),
                MinCount = parse.GetValue(minCount),
                InventoryPaths = (parse.GetValue(inventory) ?? []).Select(Path.GetFullPath).ToArray(),
            };
            return RunAsync(options, cancellationToken);
        });

        return command;
    }

    private static async Task<int> RunAsync(CollectorOptions options, CancellationToken cancellationToken)
    {
        using var loggerFactory = LoggerFactory.Create(builder => builder
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
                console.UseUtcTimestamp = true;
            })
            .SetMinimumLevel(LogLevel.Information));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // .NET 10 raises no ProcessExit for SIGTERM; a service manager's stop must still flush.
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

        CollectorHost host;
        try
        {
            host = await CollectorHost.StartAsync(options, loggerFactory, stop.Token).ConfigureAwait(false);
        }
        catch (CollectorStartupException e)
        {
            await Console.Error.WriteLineAsync("popcon: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using (host.ConfigureAwait(false))
        {
            PrintStartup(host);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The normal way out: a signal or Ctrl+C.
            }

            await host.StopAsync().ConfigureAwait(false);
        }

        return ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static void PrintStartup(CollectorHost host)
    {
        var version = typeof(ServeCommand).Assembly.GetName().Version?.ToString(3) ?? "?";
        Console.WriteLine($"popcon {version} collecting");
        Console.WriteLine($"  statsd/udp  {host.UdpEndPoint?.ToString() ?? "off"}");
        Console.WriteLine($"  statsd/tcp  {host.TcpEndPoint?.ToString() ?? "off"}");
        Console.WriteLine($"  database    {host.DatabasePath}");
        Console.WriteLine($"  web         {host.WebAddress?.ToString() ?? "off"}");
        Console.WriteLine("Stop with Ctrl+C or SIGTERM; counts are flushed on the way out.");
        Console.Out.Flush();
    }
}
