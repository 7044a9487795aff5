namespace Popcon.Collector.Web;

/// <summary>What the popcon page shows and where it reads it from.</summary>
public sealed class PopconPageOptions
{
    /// <summary>The collector's SQLite store, read-only.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// The privacy threshold: packages used by fewer processes are hidden (and counted) on the
    /// page and in <c>/api/report</c>. Visitors may raise it, never lower it.
    /// </summary>
    public int DefaultMinCount { get; init; }

    /// <summary>The window shown when the visitor picks none.</summary>
    public int DefaultDays { get; init; } = 30;

    /// <summary>Folders scanned for the "installed but unused" list; none means no list.</summary>
    public IReadOnlyList<string> InventoryPaths { get; init; } = [];

    /// <summary>The clock that says what "today" is (UTC).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
