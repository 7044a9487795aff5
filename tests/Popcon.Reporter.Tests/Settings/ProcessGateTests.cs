using Popcon.Reporter.Mapping;

namespace Popcon.Reporter.Tests.Settings;

public sealed class ProcessGateTests
{
    private static readonly ProcessLayout App = new("/srv/app/", "/usr/share/dotnet", null);

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(7)]
    public void Runtimes_older_than_8_get_nothing(int major)
    {
        Assert.Contains("older than 8", ProcessGate.SkipReason(new ReporterSettings(), App, major), StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_major_comes_from_CoreLib_and_matches_the_running_runtime()
    {
        Assert.Equal(Environment.Version.Major, ProcessGate.CurrentRuntimeMajor());
    }

    [Theory]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/dotnet.dll", true)]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc.dll", true)]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/MSBuild.dll", true)]
    [InlineData("/usr/share/dotnet/sdk/10.0.401/FSharp/fsi.dll", false)]
    [InlineData("/srv/app/App.dll", false)]
    public void SDK_tooling_is_skipped_except_FSharp_Interactive(string mainAssembly, bool skipped)
    {
        var directory = Path.GetDirectoryName(mainAssembly) + "/";
        var layout = new ProcessLayout(directory, "/usr/share/dotnet", null);

        Assert.Equal(skipped, ProcessGate.IsSdkTool(layout, mainAssembly));
    }

    [Fact]
    public void A_self_contained_app_has_no_SDK_folder_and_is_never_SDK_tooling()
    {
        var layout = new ProcessLayout("/opt/tool/", null, null);

        Assert.False(ProcessGate.IsSdkTool(layout, "/opt/tool/sdk/thing.dll"));
    }
}
