using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Unused;

/// <summary>
/// One machine's worth of installed things and a store of their usage, window 2026-03-02 to
/// 2026-03-31. Used inside the window: newtonsoft.json 13.0.3, app.core 1.0.0, the Pester 5.5.0
/// module and runtime microsoft.netcore.app 10.0.12; app.core needs app.util [2.0.0,), which
/// needs app.base 1.0.0.
/// </summary>
public sealed class InstalledTreeFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public InstalledTreeFixture()
    {
        Tree = new InstalledTree(_directory.Path);
        var t = Tree;
        Paths = new Dictionary<string, string>
        {
            ["newtonsoft.json 13.0.3"] = t.NuGetPackage("packages", "Newtonsoft.Json", "13.0.3", 70_000),
            ["newtonsoft.json 13.0.4"] = t.NuGetPackage("packages", "Newtonsoft.Json", "13.0.4", 71_000),
            ["newtonsoft.json 12.0.1"] = t.NuGetPackage("packages", "Newtonsoft.Json", "12.0.1", 60_000),
            ["app.core 1.0.0"] = t.NuGetPackage("packages", "App.Core", "1.0.0", 1_000,
                ("App.Util", "2.0.0"), ("App.Logging", "[1.0.0, )")),
            ["app.util 2.0.0"] = t.NuGetPackage("packages", "App.Util", "2.0.0", 2_000, ("App.Base", "1.0.0")),
            ["app.util 2.1.0"] = t.NuGetPackage("packages", "App.Util", "2.1.0", 2_100),
            ["app.base 1.0.0"] = t.NuGetPackage("packages", "App.Base", "1.0.0", 3_000),
            ["unused.big 5.0.0"] = t.NuGetPackage("packages", "Unused.Big", "5.0.0", 300_000),
            ["dotnet-foo 1.0.0"] = t.Tool("tools", "dotnet-foo", "1.0.0", 50_000),
            ["pester 5.5.0"] = t.Module("Modules", "Pester", "5.5.0", 40_000),
            ["pester 4.10.1"] = t.Module("Modules", "Pester", "4.10.1", 30_000),
            ["microsoft.netcore.app 10.0.12"] = t.Runtime("dotnet", "Microsoft.NETCore.App", "10.0.12", 90_000),
            ["microsoft.netcore.app 8.0.11"] = t.Runtime("dotnet", "Microsoft.NETCore.App", "8.0.11", 80_000),
            ["microsoft.aspnetcore.app 10.0.12"] = t.Runtime("dotnet", "Microsoft.AspNetCore.App", "10.0.12", 20_000),
            ["app.extra 1.0.0"] = t.FeedPackage("feed", "App.Extra", "1.0.0", 5_000),
        };

        DatabasePath = _directory.File("popcon.db");
        using var store = StoreFixtureWriter.Create(DatabasePath);
        store.Process("2026-03-10", ("newtonsoft.json", "13.0.3"), ("app.core", "1.0.0"));
        store.Process("2026-03-20", ("newtonsoft.json", "13.0.3"));
        store.Process("2026-02-01", ("newtonsoft.json", "12.0.1"));
        store.Add("dotnet_popcon_package_used_total", "2026-03-15", 1,
            "package", "pester", "source", "powershell", "version", "5.5.0");
        store.Add("dotnet_popcon_runtime_used_total", "2026-03-15", 3,
            "runtime", "microsoft.netcore.app", "version", "10.0.12");
        store.Add("dotnet_popcon_runtime_used_total", "2025-12-01", 1,
            "runtime", "microsoft.netcore.app", "version", "8.0.11");
    }

    public InstalledTree Tree { get; }

    public IReadOnlyDictionary<string, string> Paths { get; }

    public string DatabasePath { get; }

    public string Root => Tree.Root;

    public string[] Roots =>
        new[] { "packages", "tools", "Modules", "dotnet", "feed" }.Select(d => Path.Combine(Root, d)).ToArray();

    public void Dispose() => _directory.Dispose();
}
