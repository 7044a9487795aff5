namespace Popcon.Bench.Tests.Support;

/// <summary>The ingest part: one second at a low rate against each server.</summary>
public sealed class IngestSmokeRun() : SmokeRun("ingest");
