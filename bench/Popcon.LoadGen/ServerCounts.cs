namespace Popcon.LoadGen;

/// <summary>What a server says it received: lines read, lines refused, counter increments stored
/// (the sum over its counter series), and series held.</summary>
internal sealed record ServerCounts(double Lines, double Bad, double Stored, double Series);
