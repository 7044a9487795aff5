using System.Text.Json;
using Popcon.LoadGen;

// Prints one JSON object on stdout: what was sent, what the server counted, its CPU and memory.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(ex.Message + "\n" + LoadOptions.Usage);
    return 2;
}

using IServerProbe probe = options.Server == "popcon"
    ? new PopconProbe(options.ProbePort)
    : new EtsyProbe(options.ProbePort);
using var sender = new Sender(options.UdpPort);

var result = options.Mix == "realistic"
    ? await Runs.RealisticAsync(options, probe, sender)
    : await Runs.SweepAsync(options, probe, sender);
Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = false }));
return 0;
