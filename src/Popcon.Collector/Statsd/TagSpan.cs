namespace Popcon.Collector.Statsd;

/// <summary>A tag's key and value as byte ranges of the line; a negative key start stands for
/// the DogStatsD container id (<c>|c:ID</c>), whose key is <c>container_id</c>.</summary>
internal readonly record struct TagSpan(int KeyStart, int KeyLength, int ValueStart, int ValueLength)
{
    public bool IsContainerId => KeyStart < 0;
}
