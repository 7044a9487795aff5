using System.Runtime.CompilerServices;
using Humanizer;
using Newtonsoft.Json;
using Popcon.Reporter;

// Starts the reporter from code after Newtonsoft.Json is loaded (the baseline, not counted),
// then loads Humanizer.Core (counted). A second start is ignored.
Console.WriteLine(UseJson());
Console.WriteLine("first start: " + PopconReporter.Start(new PopconReporterOptions { FlushIntervalSeconds = 0 }));
Console.WriteLine("second start: " + PopconReporter.Start());
Console.WriteLine(UseHumanizer());
return 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static string UseJson() => JsonConvert.SerializeObject(new { answer = 42 });

[MethodImpl(MethodImplOptions.NoInlining)]
static string UseHumanizer() => 3501.ToWords();
