namespace Popcon.Collector.Reports;

/// <summary>Sums the series that fall into one report row.</summary>
internal sealed class RowAccumulator(IReadOnlyList<string> key)
{
    private readonly Dictionary<DateOnly, double> _daily = [];
    private double _total;
    private DateOnly? _first;
    private DateOnly? _last;

    public void Add(UsageSeries series)
    {
        _total += series.Total;
        if (series.FirstDay is { } first && (_first is null || first < _first))
        {
            _first = first;
        }

        if (series.LastDay is { } last && (_last is null || last > _last))
        {
            _last = last;
        }

        foreach (var (day, value) in series.Daily)
        {
            _daily[day] = _daily.GetValueOrDefault(day) + value;
        }
    }

    public UsageRow ToRow(double reports)
    {
        var share = reports > 0 ? Math.Round(_total / reports, 4, MidpointRounding.AwayFromZero) : 0;
        return new UsageRow(key, _total, share, _first, _last, _daily);
    }
}
