using System;
using System.Collections.Generic;

namespace Popcon.Reporter;

/// <summary>Everything the reporter reads from its environment, already validated.</summary>
internal sealed class ReporterSettings
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 8125;
    public const string DefaultPrefix = "dotnet_popcon";
    public const int DefaultFlushIntervalSeconds = 60;

    public bool Disabled { get; set; }

    public string Host { get; set; } = DefaultHost;

    public int Port { get; set; } = DefaultPort;

    public TagMode Tags { get; set; } = TagMode.DogStatsD;

    public string Prefix { get; set; } = DefaultPrefix;

    public bool IncludeVersions { get; set; } = true;

    public int FlushIntervalSeconds { get; set; } = DefaultFlushIntervalSeconds;

    public IReadOnlyCollection<string> ExcludedProcesses { get; set; } = Array.Empty<string>();
}
