using System.Net;
using Microsoft.Extensions.Logging;
using Popcon.Collector.Hosting;
using Popcon.Collector.Http;
using Popcon.Collector.Mapping;
using Popcon.Collector.Metrics;
using Popcon.Collector.Statsd;
using Popcon.Collector.Store;
using Popcon.Collector.Web;

namespace Popcon.Collector;

/// <summary>A running collector: statsd listeners, the SQLite store and the HTTP server.</summary>
public sealed class CollectorHost : IAsyncDisposable
{
    private readonly SqliteStore _store;
    private readonly FlushWorker _writer;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private StatsdUdpListener? _udp;
    private StatsdTcpListener? _tcp;
    private WebServer? _web;
    private bool _stopped;
    private bool _started;

    private CollectorHost(SqliteStore store, FlushWorker writer, ILogger logger)
    {
        _store = store;
        _writer = writer;
        _logger = logger;
        DatabasePath = store.Path;
    }

    /// <summary>The bound UDP endpoint (the real port when 0 was asked); null when disabled.</summary>
    public IPEndPoint? UdpEndPoint { get; private set; }

    /// <summary>The bound TCP endpoint; null when disabled.</summary>
    public IPEndPoint? TcpEndPoint { get; private set; }

    /// <summary>The bound HTTP address, e.g. http://127.0.0.1:40123/; null when disabled.</summary>
    public Uri? WebAddress { get; private set; }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Validates options, opens or creates the database, loads the mapping, binds the
    /// sockets and starts HTTP. Throws <see cref="CollectorStartupException"/> on bad input.</summary>
    public static Task<CollectorHost> StartAsync(
        CollectorOptions options, ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
        StartAsync(options, loggerFactory, TimeProvider.System, cancellationToken);

    internal static async Task<CollectorHost> StartAsync(
        CollectorOptions options,
        ILoggerFactory loggerFactory,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var logger = loggerFactory.CreateLogger("Popcon.Collector");
        OptionsValidator.Validate(options);
        var udpEndPoint = EndpointParser.Parse(options.StatsdUdp, OptionNames.StatsdUdp);
        var tcpEndPoint = EndpointParser.Parse(options.StatsdTcp, OptionNames.StatsdTcp);
        var webEndPoint = EndpointParser.Parse(options.Web, OptionNames.Web);
        var mapper = options.MappingFile is { Length: > 0 } file
            ? MappingFileLoader.Load(file, logger)
            : BuiltInMappings.Create();

        // A start that fails must not leave an empty database behind for a collector that never ran.
        var createsDatabase = !File.Exists(options.DatabasePath);
        var store = SqliteStore.Open(options.DatabasePath);
        var table = new SeriesTable(options.MaxSeries);
        var metrics = new SelfMetrics();
        FlushWorker? writer = null;
        CollectorHost? host = null;
        try
        {
            store.LoadInto(table);
            writer = new FlushWorker(
                table, store, metrics, options.FlushInterval, options.RetentionDays, clock, logger);
            host = new CollectorHost(store, writer, logger);
            var resolver = new SeriesResolver(mapper, table, options.MaxLabels, options.MaxLabelValueLength);
            var pipeline = new IngestPipeline(table, resolver, metrics, options.MaxLineLength, clock);
            var state = new CollectorState(table, metrics, store.Path);
            writer.Start();

            if (udpEndPoint is not null)
            {
                host._udp = StatsdUdpListener.Start(udpEndPoint, pipeline, logger);
                host.UdpEndPoint = host._udp.EndPoint;
            }

            if (tcpEndPoint is not null)
            {
                host._tcp = StatsdTcpListener.Start(tcpEndPoint, pipeline, metrics, options.MaxLineLength, logger);
                host.TcpEndPoint = host._tcp.EndPoint;
            }

            if (webEndPoint is not null)
            {
                host._web = await WebServer.StartAsync(
                    webEndPoint, state, PageOptions(options), loggerFactory, cancellationToken);
                host.WebAddress = host._web.Address;
            }

            state.Ready = true;
            host._started = true;
            host.LogStarted(mapper, table.Count);
            return host;
        }
        catch
        {
            if (host is not null)
            {
                await host.StopAsync();
            }
            else
            {
                writer?.Dispose();
                store.Dispose();
            }

            if (createsDatabase)
            {
                DeleteDatabaseFiles(options.DatabasePath);
            }

            throw;
        }
    }

    /// <summary>Stops listening, writes what is pending and closes the database. Idempotent.</summary>
    public async Task StopAsync()
    {
        await _stopGate.WaitAsync();
        try
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            if (_udp is not null)
            {
                await _udp.DisposeAsync();
            }

            if (_tcp is not null)
            {
                await _tcp.DisposeAsync();
            }

            if (_web is not null)
            {
                await _web.DisposeAsync();
            }

            await Task.Run(_writer.Stop);
            _writer.Dispose();
            _store.Dispose();
            // A start that failed wrote nothing worth announcing.
            if (_started && _writer.FinalFlushStored)
            {
                Log.Stopped(_logger, DatabasePath);
            }
            else if (_started)
            {
                Log.StoppedWithLoss(_logger, DatabasePath);
            }
        }
        finally
        {
            _stopGate.Release();
        }
    }

    /// <summary>Same as <see cref="StopAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await StopAsync();

    private void LogStarted(MetricMapper mapper, int seriesCount)
    {
        Log.Started(
            _logger, UdpEndPoint?.ToString() ?? "off", TcpEndPoint?.ToString() ?? "off",
            WebAddress?.ToString() ?? "off");
        Log.DatabaseOpened(_logger, DatabasePath, seriesCount, mapper.Count, mapper.Source);
    }

    private static void DeleteDatabaseFiles(string path)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Best effort: the startup error the caller sees matters more than a stray file.
            }
            catch (UnauthorizedAccessException)
            {
                // Likewise.
            }
        }
    }

    private static PopconPageOptions PageOptions(CollectorOptions options) => new()
    {
        DatabasePath = options.DatabasePath,
        DefaultMinCount = options.MinCount,
        InventoryPaths = options.InventoryPaths,
    };
}
