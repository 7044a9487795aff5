using System;
using System.Collections.Generic;

namespace Popcon.Reporter;

/// <summary>Everything the reporter reads from its environment, already validated.</summary>
internal sealed class ReporterSettings
{
    // Plain fields, not properties: every accessor is one more method compiled at start in every
    // process the hook loads into.
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 8125;
    public const string DefaultPrefix = "dotnet_popcon";
    public const int DefaultFlushIntervalSeconds = 60;

    public bool Disabled;

    public string Host = DefaultHost;

    public int Port = DefaultPort;

    public TagMode Tags = TagMode.DogStatsD;

    public string Prefix = DefaultPrefix;

    public bool IncludeVersions = true;

    public int FlushIntervalSeconds = DefaultFlushIntervalSeconds;

    public IReadOnlyCollection<string> ExcludedProcesses = Array.Empty<string>();
}
