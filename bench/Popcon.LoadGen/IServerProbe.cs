namespace Popcon.LoadGen;

/// <summary>Reads a server's own counts over its loopback management interface.</summary>
internal interface IServerProbe : IDisposable
{
    public Task<ServerCounts> ReadAsync();
}
