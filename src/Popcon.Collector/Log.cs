using Microsoft.Extensions.Logging;

namespace Popcon.Collector;

/// <summary>Every message the collector logs. Nothing here is logged per packet or per line.</summary>
internal static partial class Log
{
    [LoggerMessage(
        1, LogLevel.Information, "popcon collector started: statsd UDP {Udp}, statsd TCP {Tcp}, web {Web}.")]
    public static partial void Started(ILogger logger, string udp, string tcp, string web);

    [LoggerMessage(
        2,
        LogLevel.Information,
        "Database {Path} opened with {Count} series; mapping: {Rules} rules from {Source}.")]
    public static partial void DatabaseOpened(ILogger logger, string path, int count, int rules, string source);

    [LoggerMessage(3, LogLevel.Information, "popcon collector stopped; counts written to {Path}.")]
    public static partial void Stopped(ILogger logger, string path);

    [LoggerMessage(
        11,
        LogLevel.Error,
        "popcon collector stopped, but the last write to {Path} failed: counts received since the "
            + "last successful write are lost. Free disk space or fix the file's permissions.")]
    public static partial void StoppedWithLoss(ILogger logger, string path);

    [LoggerMessage(4, LogLevel.Information, "Writing to the database {Path} works again.")]
    public static partial void FlushRecovered(ILogger logger, string path);

    [LoggerMessage(
        5,
        LogLevel.Error,
        "Writing to the database {Path} failed; counts stay in memory and are retried every flush: "
            + "free disk space or fix the file's permissions.")]
    public static partial void FlushFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(6, LogLevel.Information, "Removed {Count} per-day rows older than {Days} days.")]
    public static partial void Pruned(ILogger logger, int count, int days);

    [LoggerMessage(7, LogLevel.Warning, "Pruning old per-day rows failed; it is retried tomorrow.")]
    public static partial void PruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Debug, "{Protocol} receive failed; continuing.")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string protocol);

    [LoggerMessage(
        10,
        LogLevel.Error,
        "A {Protocol} payload could not be processed and was skipped; ingest continues. "
            + "Please report this with the payload's shape.")]
    public static partial void IngestFailed(ILogger logger, Exception exception, string protocol);

    [LoggerMessage(9, LogLevel.Warning, "Mapping file {Path}: {Message}")]
    public static partial void MappingWarning(ILogger logger, string path, string message);
}
