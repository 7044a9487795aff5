namespace Popcon.Bench.Tests.Support;

/// <summary>The in-process part: BenchmarkDotNet's Dry job, in process.</summary>
public sealed class InProcessSmokeRun() : SmokeRun("inprocess");
