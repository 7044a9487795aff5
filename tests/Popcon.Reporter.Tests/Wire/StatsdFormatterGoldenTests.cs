using Popcon.Reporter.Mapping;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests.Wire;

public sealed class StatsdFormatterGoldenTests
{
    private static readonly PackageUse Json = new("Newtonsoft.Json", "13.0.4", source: null);
    private static readonly PackageUse Module = new("PSReadLine", "2.3.5", source: "powershell");

    [Fact]
    public void Tagged_lines_match_the_architecture_contract()
    {
        var formatter = new StatsdFormatter("dotnet_popcon", TagMode.DogStatsD, includeVersions: true);

        Assert.Equal("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4", formatter.PackageLine(Json));
        Assert.Equal(
            "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:10.0.12",
            formatter.RuntimeLine("microsoft.netcore.app", "10.0.12"));
        Assert.Equal("dotnet_popcon.reports_total:1|c", formatter.ReportLine());
    }

    [Fact]
    public void Plain_lines_put_the_version_after_a_slash()
    {
        var formatter = new StatsdFormatter("dotnet_popcon", TagMode.None, includeVersions: true);

        Assert.Equal("dotnet_popcon.package_used.newtonsoft.json/13.0.4:1|c", formatter.PackageLine(Json));
        Assert.Equal(
            "dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12:1|c",
            formatter.RuntimeLine("microsoft.netcore.app", "10.0.12"));
        Assert.Equal("dotnet_popcon.reports:1|c", formatter.ReportLine());
    }

    [Fact]
    public void Without_versions_the_version_tag_and_suffix_are_left_out()
    {
        var tagged = new StatsdFormatter("dotnet_popcon", TagMode.DogStatsD, includeVersions: false);
        var plain = new StatsdFormatter("dotnet_popcon", TagMode.None, includeVersions: false);

        Assert.Equal("dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json", tagged.PackageLine(Json));
        Assert.Equal("dotnet_popcon.package_used.newtonsoft.json:1|c", plain.PackageLine(Json));
        Assert.Equal("dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app", tagged.RuntimeLine("microsoft.netcore.app", "10.0.12"));
    }

    [Fact]
    public void A_prefix_replaces_dotnet_popcon_in_every_line()
    {
        var tagged = new StatsdFormatter("acme.popcon", TagMode.DogStatsD, includeVersions: true);
        var plain = new StatsdFormatter("acme.popcon", TagMode.None, includeVersions: true);

        Assert.Equal("acme.popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4", tagged.PackageLine(Json));
        Assert.Equal("acme.popcon.reports_total:1|c", tagged.ReportLine());
        Assert.Equal("acme.popcon.package_used.newtonsoft.json/13.0.4:1|c", plain.PackageLine(Json));
        Assert.Equal("acme.popcon.reports:1|c", plain.ReportLine());
    }

    [Fact]
    public void A_powershell_module_carries_the_source_tag()
    {
        var formatter = new StatsdFormatter("dotnet_popcon", TagMode.DogStatsD, includeVersions: true);

        Assert.Equal(
            "dotnet_popcon.package_used_total:1|c|#package:psreadline,version:2.3.5,source:powershell",
            formatter.PackageLine(Module));
    }
}
