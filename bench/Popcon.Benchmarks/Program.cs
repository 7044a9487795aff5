using BenchmarkDotNet.Running;
using Popcon.Benchmarks;

// usage: Popcon.Benchmarks [--smoke] [BenchmarkDotNet arguments, e.g. --filter '*Parser*']
// --smoke runs each benchmark once in process (no separate build): a check that nothing rotted.
var smoke = args.Contains("--smoke");
var rest = args.Where(a => a != "--smoke").ToArray();
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly)
    .Run(rest, smoke ? BenchConfig.Smoke() : BenchConfig.Full());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
