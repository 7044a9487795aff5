using Microsoft.Extensions.Logging;

namespace Popcon.Collector.Http;

/// <summary>Sends the web server's logs to the logger factory the host was given.</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory factory) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => factory.CreateLogger(categoryName);

    public void Dispose()
    {
        // the factory belongs to the caller
    }
}
