using Popcon.Reporter.Mapping;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class AssemblyClassifierTests : IDisposable
{
    private readonly FolderTree _tree = new();
    private readonly AssemblyClassifier _classifier;

    public AssemblyClassifierTests()
    {
        var layout = new ProcessLayout(_tree.Path("app"), _tree.Path("dotnet"), _tree.Path("reporter/Popcon.Reporter.dll"));
        _classifier = new AssemblyClassifier(layout, AssemblyClassifier.LoadDeps(layout, _tree.Path("app/App.deps.json")));
    }

    [Theory]
    [InlineData("app/Humanizer.dll", "humanizer.core/3.0.10")]
    [InlineData("nuget/newtonsoft.json/13.0.4/lib/netstandard2.0/Newtonsoft.Json.dll", "newtonsoft.json/13.0.4")]
    [InlineData("nuget/sqlitepclraw.lib.e_sqlite3/2.1.11/runtimes/linux-x64/lib/net8.0/Deep.dll", "sqlitepclraw.lib.e_sqlite3/2.1.11")]
    [InlineData(
        "tools/.store/dotnet-reportgenerator-globaltool/5.4.1/dotnet-reportgenerator-globaltool/5.4.1/tools/net8.0/any/ReportGenerator.dll",
        "dotnet-reportgenerator-globaltool/5.4.1")]
    [InlineData("plugins/p1/Humanizer.dll", "humanizer.core/3.0.10")]
    [InlineData("home/.local/share/powershell/Modules/Az.Accounts/2.15.1/lib/netcore/Az.Accounts.dll", "powershell:az.accounts/2.15.1")]
    public void A_package_is_recognized_by_where_it_was_loaded_from(string relative, string key)
    {
        Assert.Equal(key, _classifier.Classify(_tree.Path(relative))?.Key);
    }

    [Theory]
    [InlineData("app/App.dll")]
    [InlineData("plugins/p1/Plugin.dll")]
    [InlineData("dotnet/shared/Microsoft.NETCore.App/10.0.12/System.Runtime.dll")]
    [InlineData("dotnet/sdk/10.0.401/FSharp/FSharp.Core.dll")]
    [InlineData("nuget/unmarked/1.0.0/lib/net8.0/Unmarked.dll")]
    [InlineData("home/.local/share/powershell/Modules/NoVersion/lib/NoVersion.dll")]
    [InlineData("reporter/Popcon.Reporter.dll")]
    [InlineData("reporter/Popcon.StartupHook.dll")]
    [InlineData("tools/.store/popcon/0.1.0/popcon/0.1.0/tools/net10.0/any/hook/Popcon.StartupHook.dll")]
    [InlineData("elsewhere/Random.dll")]
    public void App_code_framework_SDK_the_reporter_and_unknown_places_are_not_counted(string relative)
    {
        Assert.Null(_classifier.Classify(_tree.Path(relative)));
    }

    [Fact]
    public void The_compiled_reporter_and_the_loader_in_popcons_own_tool_store_folder_are_not_counted()
    {
        const string Tool = "tools/.store/popcon/0.1.0/popcon/0.1.0/tools/net10.0/any/";
        const string Hook = Tool + "hook/";
        var layout = new ProcessLayout(_tree.Path("app"), _tree.Path("dotnet"), _tree.Path(Hook + "net10.0-linux-x64/Popcon.Reporter.dll"));
        var classifier = new AssemblyClassifier(layout, AssemblyClassifier.LoadDeps(layout, _tree.Path("app/App.deps.json")));

        Assert.Null(classifier.Classify(_tree.Path(Hook + "net10.0-linux-x64/Popcon.Reporter.dll")));
        Assert.Null(classifier.Classify(_tree.Path(Hook + "Popcon.StartupHook.dll")));
        // The same folder rule still counts what the tool itself loads from there.
        Assert.Equal("popcon/0.1.0", classifier.Classify(_tree.Path(Tool + "popcon.dll"))?.Key);
    }

    [Fact]
    public void A_tool_store_package_is_recognized_without_any_marker_file()
    {
        Assert.Equal("dotnet-foo/1.2.3", FolderRules.FromToolStore("/home/u/.dotnet/tools/.store/dotnet-foo/1.2.3/x/Foo.dll")?.Key);
    }

    [Fact]
    public void A_powershell_module_line_carries_its_source()
    {
        var use = FolderRules.FromPowerShellModule("/opt/microsoft/powershell/7/Modules/PSReadLine/2.3.5/PSReadLine.dll");

        Assert.Equal(("psreadline", "2.3.5", "powershell"), (use?.Id, use?.Version, use?.Source));
    }

    public void Dispose() => _tree.Dispose();
}
