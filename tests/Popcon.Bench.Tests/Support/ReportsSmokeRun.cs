namespace Popcon.Bench.Tests.Support;

/// <summary>The reports part: a small store, each timing once.</summary>
public sealed class ReportsSmokeRun() : SmokeRun("reports");
