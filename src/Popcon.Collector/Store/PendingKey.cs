namespace Popcon.Collector.Store;

/// <summary>An increment not yet written: which series and which UTC day.</summary>
internal readonly record struct PendingKey(Series Series, int Day);
