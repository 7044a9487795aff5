namespace Popcon.Collector.Mapping;

/// <summary>The <c>defaults:</c> of a mapping file that matter for counters.</summary>
internal readonly record struct MappingDefaults(bool Regex, bool GlobDisableOrdering);
