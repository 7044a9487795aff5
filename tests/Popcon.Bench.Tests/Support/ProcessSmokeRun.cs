namespace Popcon.Bench.Tests.Support;

/// <summary>The whole-process part: apps built, hyperfine with --runs 1.</summary>
public sealed class ProcessSmokeRun() : SmokeRun("process");
