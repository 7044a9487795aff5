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
        // hostile counts may be near double.MaxValue: saturate, as JSON cannot carry +Inf
        _total = Math.Min(_total + series.Total, double.MaxValue);
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
            _daily[day] = Math.Min(_daily.GetValueOrDefault(day) + value, double.MaxValue);
        }
    }

    public UsageRow ToRow(double reports)
    {
        var share = reports > 0 ? Math.Round(_total / reports, 4, MidpointRounding.AwayFromZero) : 0;
        return new UsageRow(key, _total, share, _first, _last, _daily);
    }
}
