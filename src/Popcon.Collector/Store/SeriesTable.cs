using System.Runtime.InteropServices;

namespace Popcon.Collector.Store;

/// <summary>Every series in memory with its running total, plus the increments the writer has
/// not stored yet. All members must be used while holding <see cref="Gate"/>.</summary>
internal sealed class SeriesTable(int maxSeries)
{
    private readonly Dictionary<(string Name, string Labels), Series> _byKey = [];
    private readonly List<Series> _all = [];
    private Dictionary<PendingKey, double> _pending = [];
    private Dictionary<PendingKey, double> _spare = [];

    public Lock Gate { get; } = new();

    public int Count => _all.Count;

    public int MaxSeries => maxSeries;

    /// <summary>Adds a series read from the database at startup (no limit applies).</summary>
    public void Load(Series series)
    {
        _byKey[(series.Name, series.LabelsJson)] = series;
        _all.Add(series);
    }

    /// <summary>Finds a series or creates it; null when creating it would pass MaxSeries.</summary>
    public Series? GetOrCreate(
        string name, KeyValuePair<string, string>[] sortedLabels, string labelsJson, int day)
    {
        if (_byKey.TryGetValue((name, labelsJson), out var existing))
        {
            return existing;
        }

        if (_all.Count >= maxSeries)
        {
            return null;
        }

        var series = new Series(name, labelsJson, sortedLabels, day, day);
        _byKey[(name, labelsJson)] = series;
        _all.Add(series);
        return series;
    }

    public void Add(Series series, int day, double value)
    {
        series.Total += value;
        if (day < series.FirstDay)
        {
            series.FirstDay = day;
        }

        if (day > series.LastDay)
        {
            series.LastDay = day;
        }

        CollectionsMarshal.GetValueRefOrAddDefault(_pending, new PendingKey(series, day), out _) += value;
    }

    /// <summary>Hands the pending increments to the writer and starts a new set.</summary>
    public Dictionary<PendingKey, double> TakePending()
    {
        var taken = _pending;
        _pending = _spare;
        _spare = [];
        return taken;
    }

    /// <summary>Gives back increments after a flush: stored ones are forgotten, failed ones are
    /// merged back so the next flush retries them.</summary>
    public void ReturnPending(Dictionary<PendingKey, double> taken, bool stored)
    {
        if (!stored)
        {
            foreach (var (key, value) in taken)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_pending, key, out _) += value;
            }
        }

        taken.Clear();
        _spare = taken;
    }

    public SeriesSnapshot[] Snapshot()
    {
        var result = new SeriesSnapshot[_all.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var s = _all[i];
            result[i] = new SeriesSnapshot(s, s.Total, s.FirstDay, s.LastDay);
        }

        return result;
    }
}
