using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Popcon.Collector;

// usage: CollectorProcess DATABASE FLUSH_MILLISECONDS
// prints one line "READY <udp-port> <tcp-port> <web-url>" once listening, then runs until killed
// or until its standard input closes.
var options = new CollectorOptions
{
    DatabasePath = args[0],
    FlushInterval = TimeSpan.FromMilliseconds(int.Parse(args[1], CultureInfo.InvariantCulture)),
    StatsdUdp = "127.0.0.1:0",
    StatsdTcp = "127.0.0.1:0",
    Web = "127.0.0.1:0",
};
await using var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None);
Console.WriteLine($"READY {host.UdpEndPoint!.Port} {host.TcpEndPoint!.Port} {host.WebAddress}");
await Console.In.ReadToEndAsync();
