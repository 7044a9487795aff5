namespace Popcon.LoadGen;

/// <summary>One payload and what it holds: lines in all, counter samples a correct server
/// stores, and garbage lines it must refuse.</summary>
internal sealed record Datagram(byte[] Payload, int Lines, int Counters, int Garbage);
