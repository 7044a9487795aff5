using System.CommandLine;
using System.Globalization;
using Popcon.Cli.Output;
using Popcon.Collector.Reports;

namespace Popcon.Cli.Commands;

/// <summary>
/// <c>popcon doctor</c>: runs a tiny .NET process with the hook against the collector and says
/// plainly whether its report arrived, and if not, the most likely reason and the fix.
/// </summary>
internal static class DoctorCommand
{
    // a bounded body: a --web address streaming endlessly must not eat the machine's memory
    private static readonly HttpClient Http = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        MaxResponseContentBufferSize = 64 * 1024 * 1024,
    };

    public static Command Create()
    {
        var command = new Command(
            "doctor", "Check end to end that a .NET process with the hook reaches the collector.");
        var statsd = new Option<string>("--statsd")
        {
            Description = "Where the hook sends (the collector's statsd address)",
            HelpName = "HOST:PORT",
            DefaultValueFactory = _ => StatsdEndpoint.Default,
        };
        statsd.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !StatsdEndpoint.TryParse(r.Tokens[^1].Value, out _))
            {
                r.AddError($"--statsd takes HOST:PORT, not '{r.Tokens[^1].Value}'");
            }
        });
        var web = new Option<string>("--web")
        {
            Description = "The collector's HTTP address, where /metrics is: a URL, or HOST:PORT as for serve --web",
            HelpName = "URL",
            DefaultValueFactory = _ => "http://127.0.0.1:9102",
        };
        var hook = new Option<string?>("--hook")
        {
            Description = "Test this hook assembly [default: the hook beside this popcon]",
            HelpName = "PATH",
        };
        var wait = new Option<int>("--wait")
        {
            Description = "Seconds to wait for the report to show up",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 10,
        };
        OptionChecks.AtLeast(wait, 1);
        command.Add(statsd);
        command.Add(web);
        command.Add(hook);
        command.Add(wait);

        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(() =>
        {
            var statsdText = parseResult.GetValue(statsd)!;
            if (!StatsdEndpoint.TryParse(statsdText, out var endpoint))
            {
                throw new UsageException($"--statsd takes HOST:PORT, not '{statsdText}'");
            }

            var webText = parseResult.GetValue(web)!;
            if (!webText.Contains("://", StringComparison.Ordinal))
            {
                // Accept the HOST:PORT form that 'popcon serve --web' takes, too.
                webText = "http://" + webText;
            }

            if (!Uri.TryCreate(webText.EndsWith('/') ? webText : webText + "/", UriKind.Absolute, out var webUri) ||
                (webUri.Scheme != Uri.UriSchemeHttp && webUri.Scheme != Uri.UriSchemeHttps))
            {
                throw new UsageException($"--web takes an http(s) URL, not '{webText}'");
            }

            var hookPath = Path.GetFullPath(parseResult.GetValue(hook) ?? HookLocator.HookPath);
            var check = new DoctorCheck(endpoint, new CollectorMetrics(webUri, Http), hookPath,
                TimeSpan.FromSeconds(parseResult.GetValue(wait)));
            return check.RunAsync(Console.Out, cancellationToken);
        }));

        return command;
    }

    /// <summary>The hidden command the probe process runs: start, load the hook, exit.</summary>
    public static Command CreateProbe()
    {
        var probe = new Command(ProbeProcess.CommandName, "Internal: the process 'popcon doctor' starts.")
        {
            Hidden = true,
        };
        probe.SetAction(_ => ExitCodes.Success);
        return probe;
    }

    internal static string Count(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
