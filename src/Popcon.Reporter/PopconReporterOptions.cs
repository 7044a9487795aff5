namespace Popcon.Reporter;

/// <summary>
/// Settings for <see cref="PopconReporter.Start(PopconReporterOptions)"/>. Each property left
/// null keeps the value from the environment (or its default).
/// </summary>
public sealed class PopconReporterOptions
{
    /// <summary>Gets or sets the statsd host: an IP literal, <c>localhost</c> or a name.</summary>
    public string? Host { get; set; }

    /// <summary>Gets or sets the statsd UDP port.</summary>
    public int? Port { get; set; }

    /// <summary>Gets or sets how identities travel: DogStatsD tags or plain names.</summary>
    public TagMode? Tags { get; set; }

    /// <summary>Gets or sets the metric name prefix (default <c>dotnet_popcon</c>).</summary>
    public string? Prefix { get; set; }

    /// <summary>Gets or sets whether versions are sent.</summary>
    public bool? IncludeVersions { get; set; }

    /// <summary>Gets or sets seconds between periodic flushes; 0 flushes at exit only.</summary>
    public int? FlushIntervalSeconds { get; set; }

    internal void ApplyTo(ReporterSettings settings)
    {
        settings.Host = string.IsNullOrWhiteSpace(Host) ? settings.Host : Host!.Trim();
        settings.Port = Port is > 0 and <= 65535 ? Port.Value : settings.Port;
        settings.Tags = Tags ?? settings.Tags;
        settings.Prefix = string.IsNullOrWhiteSpace(Prefix) ? settings.Prefix : Prefix!.Trim();
        settings.IncludeVersions = IncludeVersions ?? settings.IncludeVersions;
        settings.FlushIntervalSeconds = FlushIntervalSeconds is >= 0
            ? FlushIntervalSeconds.Value
            : settings.FlushIntervalSeconds;
    }
}
