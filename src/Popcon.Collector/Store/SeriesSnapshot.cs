namespace Popcon.Collector.Store;

/// <summary>A series' values copied under the lock, for HTTP output.</summary>
internal readonly record struct SeriesSnapshot(Series Series, double Total, int FirstDay, int LastDay);
