using System.CommandLine;
using Popcon.Cli.Commands;

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
            foreach (var error in parseResult.Errors)
            {
                await Console.Error.WriteLineAsync($"popcon: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'popcon --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync().ConfigureAwait(false);
    }
}
