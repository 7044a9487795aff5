using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Mapping;

public sealed class WhenGoRegexpAppliesTheRules
{
    private static readonly string[] SampleNames =
    [
        "dotnet_popcon.package_used.newtonsoft.json/13.0.4",
        "dotnet_popcon.package_used.microsoft.extensions.logging.abstractions/8.0.0-rc.1.23419.4",
        "dotnet_popcon.package_used.system.text.json",
        "dotnet_popcon.runtime_used.microsoft.netcore.app/10.0.12",
        "dotnet_popcon.runtime_used.microsoft.aspnetcore.app",
        "dotnet_popcon.reports",
        "dotnet_popcon.package_used_total",
        "dotnet_popcon.reports_total",
        "dotnet_popcon.package_used./13.0.4",
        "dotnet_popcon.package_used.a/b/c",
        "python_popcon.library_used.zope.interface",
        "python_popcon.namespace.team.a.library_used.pandas",
        "python_popcon.namespace.hub.library_used.zope.interface",
        "python_popcon.imported_package.google.protobuf",
        "python_popcon.reports",
        "other.dotnet_popcon.reports",
    ];

    [Fact]
    public async Task Go_and_dotnet_map_every_sample_name_identically()
    {
        var file = StatsdMappingFile.LoadShipped();
        var dotnet = new RegexMapper(file);
        var names = SampleNames
            .Concat(ArchitectureDoc.UntaggedExampleLines().Select(l => l.Split(':')[0]))
            .ToList();

        var go = await GoRegexpMapper.MapAsync(file, names);

        Assert.Equal(names.Count, go.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var expected = dotnet.MapName(names[i]);
            Assert.True(
                expected?.Name == go[i]?.Name && expected?.LabelText == go[i]?.LabelText,
                $"{names[i]}: .NET {expected?.Name}{{{expected?.LabelText}}} " +
                $"but Go {go[i]?.Name}{{{go[i]?.LabelText}}}");
        }

        Assert.Contains(go, m => m?.LabelText == "library=zope.interface");
    }
}
