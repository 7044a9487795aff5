using Microsoft.Extensions.Logging;
using Popcon.Collector.Metrics;

namespace Popcon.Collector.Store;

/// <summary>The one writer thread: every flush interval it moves pending increments into
/// SQLite in one transaction; on stop it flushes a last time.</summary>
internal sealed class FlushWorker : IDisposable
{
    private readonly SeriesTable _table;
    private readonly SqliteStore _store;
    private readonly SelfMetrics _metrics;
    private readonly TimeSpan _interval;
    private readonly int? _retentionDays;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private int _prunedDay;
    private bool _failing;

    public FlushWorker(
        SeriesTable table, SqliteStore store, SelfMetrics metrics, TimeSpan interval, int? retentionDays,
        TimeProvider clock, ILogger logger)
    {
        _table = table;
        _store = store;
        _metrics = metrics;
        _interval = interval;
        _retentionDays = retentionDays;
        _clock = clock;
        _logger = logger;
        _thread = new Thread(Run) { Name = "popcon-writer", IsBackground = true };
    }

    public void Start() => _thread.Start();

    /// <summary>False when the last flush, on stop, failed: what was pending is lost.</summary>
    public bool FinalFlushStored { get; private set; } = true;

    /// <summary>Stops the loop after one last flush and waits for it.</summary>
    public void Stop()
    {
        _stop.Set();
        if (_thread.IsAlive)
        {
            _thread.Join();
        }
    }

    /// <summary>Writes what is pending now; true when it was stored.</summary>
    public bool FlushOnce()
    {
        Dictionary<PendingKey, double> pending;
        lock (_table.Gate)
        {
            pending = _table.TakePending();
        }

        var stored = false;
        try
        {
            _store.Flush(pending);
            stored = true;
            _metrics.Flushes.Increment();
            if (_failing)
            {
                Log.FlushRecovered(_logger, _store.Path);
                _failing = false;
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            _metrics.FlushErrors.Increment();
            if (!_failing)
            {
                Log.FlushFailed(_logger, ex, _store.Path);
                _failing = true;
            }
        }

        lock (_table.Gate)
        {
            _table.ReturnPending(pending, stored);
        }

        return stored;
    }

    public void Dispose() => _stop.Dispose();

    private void Run()
    {
        PruneIfDue();
        while (!_stop.Wait(_interval))
        {
            FlushOnce();
            PruneIfDue();
        }

        FinalFlushStored = FlushOnce();
    }

    private void PruneIfDue()
    {
        var today = Days.Today(_clock);
        if (_retentionDays is not { } days || today == _prunedDay)
        {
            return;
        }

        try
        {
            var removed = _store.PruneDailyBefore(today - days + 1);
            _prunedDay = today;
            if (removed > 0)
            {
                Log.Pruned(_logger, removed, days);
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            Log.PruneFailed(_logger, ex);
            _prunedDay = today;
        }
    }
}
