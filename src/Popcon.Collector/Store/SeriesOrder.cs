namespace Popcon.Collector.Store;

/// <summary>The order series are listed in: by name, then the series without labels, then by
/// canonical labels text.</summary>
internal static class SeriesOrder
{
    public static int Compare(SeriesSnapshot a, SeriesSnapshot b)
    {
        var byName = string.CompareOrdinal(a.Series.Name, b.Series.Name);
        if (byName != 0)
        {
            return byName;
        }

        var aBare = a.Series.Labels.Length == 0;
        var bBare = b.Series.Labels.Length == 0;
        return aBare || bBare
            ? bBare.CompareTo(aBare)
            : string.CompareOrdinal(a.Series.LabelsJson, b.Series.LabelsJson);
    }
}
