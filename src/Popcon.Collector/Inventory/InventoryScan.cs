namespace Popcon.Collector.Inventory;

/// <summary>What a scan found, and what it could not read (one plain sentence each).</summary>
public sealed record InventoryScan(IReadOnlyList<InstalledItem> Items, IReadOnlyList<string> Problems);
