using Popcon.Collector.Reports;

namespace Popcon.Cli.Output;

/// <summary>
/// Runs a command's work and turns every failure into one plain line on stderr and an exit code:
/// users see what went wrong, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"popcon: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (ReportException ex)
        {
            await Console.Error.WriteLineAsync($"popcon: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("popcon: cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: any other failure is still one plain line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"popcon: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
