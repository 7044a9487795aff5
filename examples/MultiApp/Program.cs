using System.Runtime.CompilerServices;
using Humanizer;
using Newtonsoft.Json;

// References three packages but loads only the ones its arguments ask for: popcon must report
// what a process loaded, not what its project referenced. Each package is touched from its own
// method, because compiling a method loads every assembly its body names.
if (args.Contains("json"))
{
    UseJson();
}

if (args.Contains("words"))
{
    UseHumanizer();
}

return args.Contains("fail") ? 3 : 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static void UseJson() => Console.WriteLine(JsonConvert.SerializeObject(new[] { 1, 2, 3 }));

[MethodImpl(MethodImplOptions.NoInlining)]
static void UseHumanizer() => Console.WriteLine(42.ToWords());
