using Popcon.Collector.Inventory;
using Spectre.Console;

namespace Popcon.Cli.Output;

/// <summary>
/// Runs the inventory scan, with a Spectre.Console status line on stderr while a person watches;
/// quiet when output goes to a file or pipe.
/// </summary>
internal static class ScanProgress
{
    public static async Task<InventoryScan> ScanAsync(
        IReadOnlyList<string> roots, CancellationToken cancellationToken)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            return InventoryScanner.Scan(roots, progress: null, cancellationToken);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
        });
        return await console.Status().StartAsync("Scanning installed packages", context =>
        {
            var progress = new Progress<string>(path =>
                context.Status($"Scanning {Markup.Escape(TerminalText.Clean(path))}"));
            return Task.Run(() => InventoryScanner.Scan(roots, progress, cancellationToken), cancellationToken);
        }).ConfigureAwait(false);
    }
}
