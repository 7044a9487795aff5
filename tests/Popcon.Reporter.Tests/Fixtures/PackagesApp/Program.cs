using System.Runtime.CompilerServices;
using Humanizer;
using Newtonsoft.Json;

// A user app that loads two packages, then leaves by the exit path named in its first argument.
var mode = args.Length > 0 ? args[0] : "normal";
Console.WriteLine(UseJson());
Console.WriteLine(UseHumanizer());
Console.Error.WriteLine("stderr line from the app");

switch (mode)
{
    case "exit":
        Environment.Exit(3);
        break;
    case "throw":
        throw new InvalidOperationException("fixture failure");
    case "mangle-deps":
        // An app upgraded in place while running: its deps.json changes under the reporter.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "PackagesApp.deps.json"), "{ \"targets\": [ garbage");
        break;
    case "delete-deps":
        File.Delete(Path.Combine(AppContext.BaseDirectory, "PackagesApp.deps.json"));
        break;
    case "wait":
        Console.WriteLine("ready");
        Console.Out.Flush();
        Thread.Sleep(Timeout.Infinite);
        break;
    default:
        return 0;
}

return 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static string UseJson() => JsonConvert.SerializeObject(new { answer = 42 });

[MethodImpl(MethodImplOptions.NoInlining)]
static string UseHumanizer() => 3501.ToWords();
