using NuGet.Packaging;
using NuGet.Versioning;

namespace Popcon.Collector.Inventory;

/// <summary>What reports need from a .nuspec: id, version and every declared dependency.</summary>
internal sealed record NuspecFile(string Id, string Version, IReadOnlyList<PackageDependency> Dependencies)
{
    /// <summary>Reads a loose .nuspec file.</summary>
    public static NuspecFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        return From(new NuspecReader(stream));
    }

    /// <summary>Reads the .nuspec inside a .nupkg file.</summary>
    public static NuspecFile ReadPackage(string path)
    {
        using var archive = new PackageArchiveReader(path);
        return From(archive.NuspecReader);
    }

    // Dependencies of all target framework groups together: which framework a process ran is
    // unknown here, so any group's dependency counts as needed.
    private static NuspecFile From(NuspecReader reader)
    {
        var dependencies = reader.GetDependencyGroups()
            .SelectMany(g => g.Packages)
            .Select(d => new PackageDependency(d.Id.ToLowerInvariant(), d.VersionRange ?? VersionRange.All))
            .Distinct()
            .ToList();
        return new NuspecFile(
            reader.GetId().ToLowerInvariant(),
            reader.GetVersion().ToNormalizedString().ToLowerInvariant(),
            dependencies);
    }
}
