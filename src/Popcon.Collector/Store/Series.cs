namespace Popcon.Collector.Store;

/// <summary>One stored counter series. Totals and days change under <see cref="SeriesTable"/>'s
/// lock; <see cref="Id"/> belongs to the writer thread alone.</summary>
internal sealed class Series(
    string name, string labelsJson, KeyValuePair<string, string>[] labels, int firstDay, int lastDay)
{
    public string Name { get; } = name;

    public string LabelsJson { get; } = labelsJson;

    /// <summary>Labels sorted ordinally by key.</summary>
    public KeyValuePair<string, string>[] Labels { get; } = labels;

    /// <summary>Help text from the mapping rule that created the series, if any.</summary>
    public string? Help { get; set; }

    /// <summary>Row id in the database; 0 until the writer inserts the row.</summary>
    public long Id { get; set; }

    public double Total { get; set; }

    /// <summary>First and last UTC day with a sample, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int FirstDay { get; set; } = firstDay;

    public int LastDay { get; set; } = lastDay;
}
