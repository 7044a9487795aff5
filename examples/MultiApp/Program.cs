using Humanizer;
using Newtonsoft.Json;

// References three packages but loads only the ones its arguments ask for: popcon must report
// what a process loaded, not what its project referenced.
if (args.Contains("json"))
{
    Console.WriteLine(JsonConvert.SerializeObject(new[] { 1, 2, 3 }));
}

if (args.Contains("words"))
{
    Console.WriteLine(42.ToWords());
}

return args.Contains("fail") ? 3 : 0;
