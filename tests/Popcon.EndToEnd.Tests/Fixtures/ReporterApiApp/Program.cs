using System.Runtime.CompilerServices;
using Humanizer;
using Popcon.Reporter;

// Newtonsoft.Json loads before the reporter starts: the baseline, never counted from code.
UseJsonBeforeStart();
var started = PopconReporter.Start();
Console.WriteLine("started=" + started);

// Humanizer loads after: counted.
UseHumanizerAfterStart();
return 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static void UseJsonBeforeStart() =>
    Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new { before = true }));

[MethodImpl(MethodImplOptions.NoInlining)]
static void UseHumanizerAfterStart() => Console.WriteLine("after start".Pascalize());
