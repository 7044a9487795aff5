using System.CommandLine;

namespace Popcon.Cli.Commands;

/// <summary><c>popcon hook path</c>: where the startup hook lives.</summary>
internal static class HookCommand
{
    public static Command Create()
    {
        var hook = new Command("hook", "Show where the startup hook is and how to activate it.");

        var path = new Command("path", "Print the absolute path of the hook assembly.");
        path.SetAction(_ => PrintPath());
        hook.Add(path);

        return hook;
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

        Console.WriteLine(hookPath);
        return ExitCodes.Success;
    }
}
