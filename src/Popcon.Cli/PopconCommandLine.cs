using System.CommandLine;
using Popcon.Cli.Commands;
using Popcon.Cli.Output;

namespace Popcon.Cli;

/// <summary>Builds the <c>popcon</c> command tree and runs it.</summary>
internal static class PopconCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "popcon: which NuGet packages the .NET processes of this installation actually use.");

        root.Add(HookCommand.Create());
        root.Add(ServeCommand.Create());
        root.Add(ReportCommand.Create());
        root.Add(UnusedCommand.Create());
        root.Add(DoctorCommand.Create());
        root.Add(DoctorCommand.CreateProbe());

        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parseResult = Build().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // "Required command was not provided" only repeats what an unknown word already says.
            var errors = parseResult.Errors.Count > 1
                ? parseResult.Errors.Where(e => !e.Message.StartsWith("Required command", StringComparison.Ordinal))
                : parseResult.Errors;
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync("popcon: " + ParseErrorText.OneLine(error.Message))
                    .ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync(ParseErrorText.HelpHint(parseResult)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync().ConfigureAwait(false);
    }
}
