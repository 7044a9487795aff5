using System.Text;

namespace Popcon.Benchmarks.Collector;

/// <summary>Lines and datagrams as popcon's reporters send them (docs/architecture.md).</summary>
internal static class StatsdLines
{
    public static readonly byte[] Tagged =
        "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4"u8.ToArray();

    public static readonly byte[] Plain = "dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c"u8.ToArray();

    public static readonly byte[] Python = "python_popcon.library_used.requests:1|c"u8.ToArray();

    public static readonly byte[] Garbage = "this line has no colon"u8.ToArray();

    /// <summary>The package line of the <paramref name="index"/>th made-up package.</summary>
    public static string Package(int index) =>
        $"dotnet_popcon.package_used_total:1|c|#package:bench.package{index:D6},version:1.{index % 7}.{index % 100}";

    /// <summary>One process's report: 20 packages, the runtime line and the report counter,
    /// joined the way the reporter batches them (about 1.4 KB).</summary>
    public static byte[] ReporterDatagram()
    {
        var lines = Enumerable.Range(0, 16).Select(Package).ToList();
        lines.Add("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12");
        lines.Add("dotnet_popcon.reports_total:1|c");
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
