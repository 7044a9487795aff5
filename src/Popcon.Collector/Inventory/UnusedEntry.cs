namespace Popcon.Collector.Inventory;

/// <summary>An installed version nobody used inside the window: it can go.</summary>
/// <param name="Item">What is installed.</param>
/// <param name="LastUsed">The last day it was used before the window, if ever and if known.</param>
public sealed record UnusedEntry(InstalledItem Item, DateOnly? LastUsed);
