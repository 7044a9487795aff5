namespace Popcon.Cli.Tests.Fixtures;

/// <summary>The stores the report tests share; the golden files describe exactly these.</summary>
public static class ReportStores
{
    /// <summary>The last day of the standard window; the 30 days before it start on 2026-03-02.</summary>
    public const string Until = "2026-03-31";

    /// <summary>
    /// Four processes inside the window (2026-03-02..2026-03-31) and five before it, with two
    /// versions of one package and a runtime series.
    /// </summary>
    public static void WriteStandard(string path)
    {
        using var store = StoreFixtureWriter.Create(path);
        const string Json = "newtonsoft.json";
        const string Logging = "microsoft.extensions.logging";

        store.Process("2026-03-10", (Json, "13.0.3"), (Logging, "10.0.0"));
        store.Process("2026-03-10", (Json, "13.0.3"));
        store.Process("2026-03-20", ("serilog", "4.0.0"), (Logging, "10.0.0"));
        store.Process("2026-03-31", (Json, "13.0.4"));
        for (var i = 0; i < 5; i++)
        {
            store.Process("2026-02-01", ("oldpkg", "1.0.0"), (Json, "12.0.1"));
        }

        foreach (var day in new[] { "2026-03-10", "2026-03-10", "2026-03-20", "2026-03-31" })
        {
            store.Add("dotnet_popcon_runtime_used_total", day, 1,
                "runtime", "microsoft.netcore.app", "version", "10.0.12");
        }

        // Python reporters' metrics, as mapped by the collector.
        store.Add("python_popcon_library_used", "2026-03-10", 2, "library", "numpy");
        store.Add("python_popcon_library_used", "2026-03-20", 1, "library", "numpy", "namespace", "lab");
        store.Add("python_popcon_library_used", "2026-03-20", 1, "library", "pandas");
        store.Add("python_popcon_reports", "2026-03-10", 2);
        store.Add("python_popcon_reports", "2026-03-20", 1);
    }
}
