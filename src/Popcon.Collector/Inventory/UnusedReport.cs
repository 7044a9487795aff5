using Popcon.Collector.Reports;

namespace Popcon.Collector.Inventory;

/// <summary>What is installed and can go, what must stay for a used package, and the bytes.</summary>
/// <param name="Window">The usage window judged.</param>
/// <param name="Unused">Unused versions, most bytes first.</param>
/// <param name="Kept">Unused versions kept as dependencies of used ones.</param>
/// <param name="UsedCount">Installed versions used inside the window.</param>
/// <param name="Problems">Things the scan could not read.</param>
public sealed record UnusedReport(
    ReportWindow Window,
    IReadOnlyList<UnusedEntry> Unused,
    IReadOnlyList<KeptEntry> Kept,
    int UsedCount,
    IReadOnlyList<string> Problems)
{
    /// <summary>The bytes removing every unused version would free.</summary>
    public long ReclaimableBytes => Unused.Sum(u => u.Item.Bytes);
}
