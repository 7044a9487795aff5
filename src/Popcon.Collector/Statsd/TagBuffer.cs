namespace Popcon.Collector.Statsd;

/// <summary>A reusable, growing list of tags found in the line being parsed.</summary>
internal sealed class TagBuffer
{
    private TagSpan[] _items = new TagSpan[8];

    public int Count { get; private set; }

    public ReadOnlySpan<TagSpan> Items => _items.AsSpan(0, Count);

    public void Truncate(int count) => Count = count;

    public void Add(TagSpan tag)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = tag;
    }
}
