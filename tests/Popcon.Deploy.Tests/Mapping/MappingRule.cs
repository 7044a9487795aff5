namespace Popcon.Deploy.Tests.Mapping;

/// <summary>One rule of a statsd_exporter mapping file, as the file states it.</summary>
internal sealed record MappingRule(
    int Index,
    string Match,
    string MatchType,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyCollection<string> Keys);
