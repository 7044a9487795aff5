using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>
/// A disk tree with the layouts the reporter recognizes: a dotnet root, an app with a deps.json,
/// a NuGet packages folder with real .nupkg.metadata markers, a tool store and PowerShell modules.
/// </summary>
internal sealed class FolderTree : IDisposable
{
    private readonly TempDirectory _root = new("tree");

    public FolderTree()
    {
        Touch("nuget/newtonsoft.json/13.0.4/.nupkg.metadata");
        Touch("nuget/newtonsoft.json/13.0.4/lib/netstandard2.0/Newtonsoft.Json.dll");
        Touch("nuget/sqlitepclraw.lib.e_sqlite3/2.1.11/.nupkg.metadata");
        Touch("nuget/sqlitepclraw.lib.e_sqlite3/2.1.11/runtimes/linux-x64/lib/net8.0/Deep.dll");
        Touch("nuget/unmarked/1.0.0/lib/net8.0/Unmarked.dll");
        Touch("tools/.store/dotnet-reportgenerator-globaltool/5.4.1/dotnet-reportgenerator-globaltool/5.4.1/tools/net8.0/any/ReportGenerator.dll");
        Touch("home/.local/share/powershell/Modules/Az.Accounts/2.15.1/lib/netcore/Az.Accounts.dll");
        Touch("home/.local/share/powershell/Modules/NoVersion/lib/NoVersion.dll");
        Touch("dotnet/shared/Microsoft.NETCore.App/10.0.12/System.Runtime.dll");
        Touch("dotnet/sdk/10.0.401/FSharp/FSharp.Core.dll");
        Touch("app/App.dll");
        Touch("app/Humanizer.dll");
        Touch("plugins/p1/Plugin.dll");
        Touch("plugins/p1/Humanizer.dll");
        File.WriteAllText(Path("plugins/p1/Plugin.deps.json"), DepsWith("Plugin", "Humanizer.Core/3.0.10", "lib/net8.0/Humanizer.dll"));
        File.WriteAllText(Path("app/App.deps.json"), DepsWith("App", "Humanizer.Core/3.0.10", "lib/net8.0/Humanizer.dll"));
    }

    public string Root => _root.Path;

    public string Path(string relative) => System.IO.Path.Combine(_root.Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public void Dispose() => _root.Dispose();

    private static string DepsWith(string project, string package, string asset)
    {
        return "{\"targets\":{\"t\":{\"" + project + "/1.0.0\":{\"runtime\":{\"" + project + ".dll\":{}}},\"" + package
            + "\":{\"runtime\":{\"" + asset + "\":{}}}}},\"libraries\":{\"" + project + "/1.0.0\":{\"type\":\"project\"},\""
            + package + "\":{\"type\":\"package\"}}}";
    }

    private void Touch(string relative)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
    }
}
