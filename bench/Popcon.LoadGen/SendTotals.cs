namespace Popcon.LoadGen;

/// <summary>What the generator sent.</summary>
internal sealed class SendTotals
{
    public long Datagrams { get; private set; }

    public long Lines { get; private set; }

    public long Counters { get; private set; }

    public long Garbage { get; private set; }

    public long SendErrors { get; set; }

    public double Seconds { get; set; }

    public void Add(Datagram datagram)
    {
        Datagrams++;
        Lines += datagram.Lines;
        Counters += datagram.Counters;
        Garbage += datagram.Garbage;
    }
}
