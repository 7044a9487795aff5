namespace Popcon.Collector.Mapping;

/// <summary>What the mapping made of a statsd name and its tags.</summary>
internal sealed record MapOutcome(
    bool Drop, string Name, Dictionary<string, string> Labels, string? Help, double Scale)
{
    public static MapOutcome Dropped { get; } = new(true, "", [], null, 1);
}
