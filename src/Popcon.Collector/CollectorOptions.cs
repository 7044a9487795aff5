namespace Popcon.Collector;

/// <summary>Settings of a running collector; every address defaults to loopback.</summary>
public sealed class CollectorOptions
{
    /// <summary>UDP statsd address as HOST:PORT (<c>[::1]:8125</c> for IPv6); null or empty disables
    /// it; port 0 binds any free port.</summary>
    public string? StatsdUdp { get; set; } = "127.0.0.1:8125";

    /// <summary>TCP statsd address (newline-separated lines), same form as <see cref="StatsdUdp"/>.</summary>
    public string? StatsdTcp { get; set; } = "127.0.0.1:8125";

    /// <summary>HTTP address for <c>/metrics</c>, <c>/api</c> and the page; null or empty disables it.</summary>
    public string? Web { get; set; } = "127.0.0.1:9102";

    /// <summary>SQLite database file, created when missing. Required.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>statsd_exporter mapping YAML; when null the built-in popcon mappings apply.</summary>
    public string? MappingFile { get; set; }

    /// <summary>How often received counts are written to the database.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most series kept (in memory and on disk); samples of new series past it are dropped.</summary>
    public int MaxSeries { get; set; } = 100_000;

    /// <summary>Most labels on one series; samples with more are dropped.</summary>
    public int MaxLabels { get; set; } = 16;

    /// <summary>Longest label value in characters; samples with a longer one are dropped.</summary>
    public int MaxLabelValueLength { get; set; } = 256;

    /// <summary>Longest statsd line in bytes; longer lines are rejected.</summary>
    public int MaxLineLength { get; set; } = 4096;

    /// <summary>Days of per-day rows to keep; null keeps them all. Series totals are never pruned.</summary>
    public int? RetentionDays { get; set; }

    /// <summary>
    /// The privacy threshold of the page and <c>/api/report</c>: packages used by fewer processes
    /// in the window are hidden and only counted. 0 hides nothing.
    /// </summary>
    public int MinCount { get; set; }

    /// <summary>Folders the page scans for installed packages nobody used; none, no such list.</summary>
    public IReadOnlyList<string> InventoryPaths { get; set; } = [];
}
