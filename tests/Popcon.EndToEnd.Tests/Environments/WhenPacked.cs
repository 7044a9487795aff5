using System.IO.Compression;
using System.Xml.Linq;
using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>The two packages as a gallery sees them: metadata, readme, a clean pack.</summary>
public sealed class WhenPacked
{
    [Theory]
    [InlineData("Popcon.Reporter", "Popcon.Reporter")]
    [InlineData("Popcon.Cli", "popcon")]
    public async Task The_package_packs_without_warnings_and_carries_its_readme_and_license(
        string project, string packageId)
    {
        using var temp = new TempDirectory();
        var pack = await FixtureFiles.PackAsync(project, temp.File("feed"));
        Assert.DoesNotContain("warn", pack.StandardOutput + pack.StandardError,
            StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("readme", pack.StandardOutput, StringComparison.OrdinalIgnoreCase);

        using var package = ZipFile.OpenRead(
            Path.Combine(temp.Path, "feed", $"{packageId}.{RepoPaths.Version}.nupkg"));
        var nuspec = package.Entries.Single(e => e.FullName == packageId + ".nuspec");
        XDocument manifest;
        using (var stream = nuspec.Open())
        {
            manifest = XDocument.Load(stream);
        }

        var metadata = manifest.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Field(string name) =>
            metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("MIT", Field("license"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));

        var readme = package.GetEntry("README.md");
        Assert.NotNull(readme);
        using var reader = new StreamReader(readme.Open());
        var text = await reader.ReadToEndAsync();
        Assert.StartsWith("# " + packageId, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_package_carries_the_portable_library_and_the_net8_one()
    {
        using var temp = new TempDirectory();
        await FixtureFiles.PackAsync("Popcon.Reporter", temp.File("feed"));

        using var package = ZipFile.OpenRead(
            Path.Combine(temp.Path, "feed", $"Popcon.Reporter.{RepoPaths.Version}.nupkg"));
        var libraries = package.Entries
            .Select(e => e.FullName)
            .Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["lib/net8.0/Popcon.Reporter.dll", "lib/netstandard2.0/Popcon.Reporter.dll"], libraries);
        // A library for apps to reference and compile against: plain IL, like any package's.
        Assert.All(
            ["lib/net8.0/Popcon.Reporter.dll", "lib/netstandard2.0/Popcon.Reporter.dll"],
            n => Assert.False(ReadyToRunImage.Is(package.GetEntry(n)!), n));
    }
}
