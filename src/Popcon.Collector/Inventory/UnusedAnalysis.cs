using NuGet.Versioning;
using Popcon.Collector.Reports;

namespace Popcon.Collector.Inventory;

/// <summary>
/// Joins what is installed with what was used: every installed version is judged on its own, and
/// an unused version a used package depends on (transitively, by its .nuspec) is kept.
/// </summary>
public static class UnusedAnalysis
{
    /// <summary>Judges every item of <paramref name="scan"/> against <paramref name="usage"/>.</summary>
    public static UnusedReport Analyze(InventoryScan scan, UsageIndex usage, ReportWindow window)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(usage);

        var used = scan.Items.Where(i => usage.Processes(i) > 0).ToHashSet();
        var kept = new Dictionary<InstalledItem, KeptEntry>();
        var queue = new Queue<(InstalledItem Item, InstalledItem Root)>(
            used.Where(i => i.Kind != InstalledKind.Tool).Select(i => (i, i)));

        while (queue.TryDequeue(out var next))
        {
            foreach (var dependency in next.Item.Dependencies)
            {
                foreach (var candidate in Resolve(scan.Items, dependency))
                {
                    if (used.Contains(candidate) || kept.ContainsKey(candidate))
                    {
                        continue;
                    }

                    kept[candidate] = new KeptEntry(candidate, next.Item, next.Root);
                    queue.Enqueue((candidate, next.Root));
                }
            }
        }

        var unused = scan.Items
            .Where(i => !used.Contains(i) && !kept.ContainsKey(i))
            .Select(i => new UnusedEntry(i, usage.LastUsed(i)))
            .OrderByDescending(u => u.Item.Bytes)
            .ThenBy(u => u.Item.Id, StringComparer.Ordinal)
            .ThenBy(u => u.Item.Version, StringComparer.Ordinal)
            .ThenBy(u => u.Item.Path, StringComparer.Ordinal)
            .ToList();
        var keptList = kept.Values
            .OrderBy(k => k.Item.Id, StringComparer.Ordinal)
            .ThenBy(k => k.Item.Version, StringComparer.Ordinal)
            .ThenBy(k => k.Item.Path, StringComparer.Ordinal)
            .ToList();
        return new UnusedReport(window, unused, keptList, used.Count, scan.Problems);
    }

    // The version restore would pick in each folder: the lowest installed one the range accepts.
    private static IEnumerable<InstalledItem> Resolve(
        IReadOnlyList<InstalledItem> items, PackageDependency dependency)
    {
        return items
            .Where(i => i.Kind is InstalledKind.NuGetPackage or InstalledKind.FeedPackage &&
                i.Id == dependency.Id)
            .Select(i => (Item: i, Version: NuGetVersion.TryParse(i.Version, out var v) ? v : null))
            .Where(c => c.Version is not null && dependency.Range.Satisfies(c.Version))
            .GroupBy(c => Container(c.Item), StringComparer.Ordinal)
            .Select(g => g.MinBy(c => c.Version)!.Item);
    }

    private static string Container(InstalledItem item) =>
        item.Kind == InstalledKind.FeedPackage
            ? Path.GetDirectoryName(item.Path) ?? item.Path
            : Path.GetDirectoryName(Path.GetDirectoryName(item.Path)) ?? item.Path;
}
