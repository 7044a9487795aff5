namespace Popcon.Collector.Tests.Support;

/// <summary>Tests that measure the process heap run in this collection, never beside others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurement
{
    public const string Name = "Heap measurement";
}
