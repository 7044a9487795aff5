using System.CommandLine;
using Popcon.Cli.Output;

namespace Popcon.Cli.Commands;

/// <summary>
/// <c>popcon hook</c>: where the startup hook is and the lines that activate it in a shell
/// profile, a systemd unit, a Kubernetes pod or a JupyterHub spawner; <c>popcon hook path</c>
/// prints the path alone.
/// </summary>
internal static class HookCommand
{
    // The portable reporter, which the loader falls back to on every runtime without a build
    // compiled for it: the one file beside the loader that every hook folder needs.
    private const string ReporterFileName = "Popcon.Reporter.dll";

    public static Command Create()
    {
        var hook = new Command(
            "hook", "Show where the startup hook is and the lines that activate it.");
        var check = new Option<bool>("--check")
        {
            Description = "Fail, printing nothing, when the hook file does not exist",
        };
        var target = new Option<string?>("--for")
        {
            Description = "Print the lines for one place only",
            HelpName = "PLACE",
        }.AcceptOnlyFromAmong(ActivationLines.Targets);
        var path = new Option<string?>("--path")
        {
            Description = "The hook's path where it will be used (e.g. mounted in a container) " +
                "[default: the hook beside this popcon]",
            HelpName = "PATH",
        };
        hook.Add(check);
        hook.Add(target);
        hook.Add(path);
        hook.SetAction(parseResult => PrintActivation(
            parseResult.GetValue(path), parseResult.GetValue(check), parseResult.GetValue(target)));

        var pathCommand = new Command("path", "Print the absolute path of the hook assembly.");
        pathCommand.SetAction(_ => PrintPath());
        hook.Add(pathCommand);

        return hook;
    }

    private static int PrintActivation(string? givenPath, bool check, string? target)
    {
        var hookPath = givenPath is null ? HookLocator.HookPath : Path.GetFullPath(givenPath);
        if (hookPath.IndexOfAny([Path.PathSeparator, '\n', '\r']) >= 0)
        {
            // The runtime splits DOTNET_STARTUP_HOOKS at the separator, and a line break breaks
            // every line format below: such a path can never be activated safely.
            Console.Error.WriteLine($"popcon: the hook path must not contain '{Path.PathSeparator}' or a "
                + "line break; copy the hook folder to a plain path such as /usr/local/lib/popcon/hook/ "
                + "and use the " + HookLocator.HookFileName + " in it");
            return ExitCodes.Usage;
        }

        if (!File.Exists(hookPath))
        {
            if (check)
            {
                Console.Error.WriteLine($"popcon: no hook at {hookPath}; not printing activation lines for a " +
                    (givenPath is null
                        ? "missing file (rebuild or reinstall popcon, or pass --path)"
                        : "missing file (check the --path you gave)"));
                return ExitCodes.Failure;
            }

            Console.Error.WriteLine($"popcon: warning: {hookPath} does not exist on this machine");
        }
        else if (MissingReporter(hookPath) is { } reporter)
        {
            if (check)
            {
                Console.Error.WriteLine($"popcon: the hook at {hookPath} has no {reporter} beside it, so it "
                    + "would report nothing; copy the whole hook folder, not the one file");
                return ExitCodes.Failure;
            }

            Console.Error.WriteLine($"popcon: warning: {reporter} is missing beside {hookPath}");
        }

        var output = Console.Out;
        // A comment in every target syntax, so the output of one --for can be pasted whole.
        output.Write($"# hook: {hookPath}\n");
        foreach (var place in target is null ? ActivationLines.Targets : [target])
        {
            output.Write('\n');
            output.Write(ActivationLines.For(place, hookPath));
        }

        output.Flush();
        return ExitCodes.Success;
    }

    private static int PrintPath()
    {
        var hookPath = HookLocator.HookPath;
        if (!File.Exists(hookPath))
        {
            Console.Error.WriteLine(
                $"popcon: the hook is missing at {hookPath}; rebuild or reinstall popcon.");
            return ExitCodes.Failure;
        }

        if (MissingReporter(hookPath) is { } reporter)
        {
            Console.Error.WriteLine(
                $"popcon: the hook at {hookPath} is incomplete ({reporter} is missing); rebuild or reinstall popcon.");
            return ExitCodes.Failure;
        }

        Console.WriteLine(hookPath);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The path of the portable reporter when <paramref name="hookPath"/> names popcon's loader
    /// and that reporter is not beside it, else null. The loader runs the reporter from its own
    /// folder and finds nothing when copied alone; any other file is taken as the hook it is.
    /// </summary>
    internal static string? MissingReporter(string hookPath)
    {
        if (!string.Equals(Path.GetFileName(hookPath), HookLocator.HookFileName, StringComparison.Ordinal))
        {
            return null;
        }

        var reporter = Path.Combine(Path.GetDirectoryName(hookPath)!, ReporterFileName);
        return File.Exists(reporter) ? null : reporter;
    }
}
