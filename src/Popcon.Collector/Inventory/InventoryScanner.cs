namespace Popcon.Collector.Inventory;

/// <summary>
/// Finds installed package versions below the given folders, recognising each layout by its
/// markers rather than by its path: NuGet package folders, offline feeds, dotnet tool stores,
/// PowerShell module folders and the shared runtimes of a dotnet root.
/// </summary>
public sealed class InventoryScanner
{
    private const int MaxDepth = 8;

    private static readonly EnumerationOptions Children = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    private readonly List<InstalledItem> _items = [];
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly IProgress<string>? _progress;

    private InventoryScanner(IProgress<string>? progress) => _progress = progress;

    /// <summary>Scans every folder in <paramref name="roots"/>; missing folders are noted as problems.</summary>
    public static InventoryScan Scan(
        IEnumerable<string> roots, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var scanner = new InventoryScanner(progress);
        foreach (var root in roots)
        {
            var full = Path.GetFullPath(root);
            if (!Directory.Exists(full))
            {
                scanner._problems.Add($"{full} does not exist or is not a folder");
                continue;
            }

            scanner.Walk(new DirectoryInfo(full), 0, cancellationToken);
        }

        return new InventoryScan(scanner._items, scanner._problems);
    }

    private void Walk(DirectoryInfo dir, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth || !_seen.Add(dir.FullName))
        {
            return;
        }

        _progress?.Report(dir.FullName);
        if (TryDotnetRoot(dir) || TryToolStore(dir) || TryPackageFolder(dir) || TryModule(dir))
        {
            return;
        }

        foreach (var file in Safe(() => dir.EnumerateFiles("*.nupkg", Children)))
        {
            AddFromNuspec(InstalledKind.FeedPackage, file.FullName, file.Length,
                () => NuspecFile.ReadPackage(file.FullName));
        }

        foreach (var child in Safe(() => dir.EnumerateDirectories("*", Children)))
        {
            Walk(child, depth + 1, cancellationToken);
        }
    }

    // dotnet root: shared/<Framework>/<version>/ beside the dotnet host.
    private bool TryDotnetRoot(DirectoryInfo dir)
    {
        var shared = new DirectoryInfo(Path.Combine(dir.FullName, "shared"));
        if (!Directory.Exists(Path.Combine(shared.FullName, "Microsoft.NETCore.App")))
        {
            return false;
        }

        foreach (var framework in Safe(() => shared.EnumerateDirectories("*", Children)))
        {
            foreach (var version in Safe(() => framework.EnumerateDirectories("*", Children)))
            {
                Add(new InstalledItem(InstalledKind.Runtime, framework.Name.ToLowerInvariant(),
                    VersionText.Normalize(version.Name), version.FullName,
                    DirectorySize.Of(version.FullName), []));
            }
        }

        return true;
    }

    // tool store: .store/<id>/<version>/<id>/<version>/<id>.nuspec; the outer version folder
    // (with the tool's own dependencies inside) is what uninstalling removes.
    private bool TryToolStore(DirectoryInfo dir)
    {
        if (!dir.Name.Equals(".store", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var id in Safe(() => dir.EnumerateDirectories("*", Children)))
        {
            foreach (var version in Safe(() => id.EnumerateDirectories("*", Children)))
            {
                var inner = Path.Combine(version.FullName, id.Name, version.Name);
                var nuspec = FindNuspec(new DirectoryInfo(inner), id.Name);
                AddFromNuspec(InstalledKind.Tool, version.FullName, DirectorySize.Of(version.FullName),
                    () => nuspec is null
                        ? new NuspecFile(id.Name.ToLowerInvariant(), VersionText.Normalize(version.Name), [])
                        : NuspecFile.Read(nuspec));
            }
        }

        return true;
    }

    // package folder: <id>/<version>/ holding <id>.nuspec and, when restored, .nupkg.metadata.
    private bool TryPackageFolder(DirectoryInfo dir)
    {
        var nuspec = dir.Parent is { } parent ? FindNuspec(dir, parent.Name) : null;
        var restored = File.Exists(Path.Combine(dir.FullName, ".nupkg.metadata"));
        if (nuspec is null && !restored)
        {
            return false;
        }

        AddFromNuspec(InstalledKind.NuGetPackage, dir.FullName, DirectorySize.Of(dir.FullName),
            () => nuspec is null
                ? new NuspecFile(dir.Parent!.Name.ToLowerInvariant(), VersionText.Normalize(dir.Name), [])
                : NuspecFile.Read(nuspec));
        return true;
    }

    // module: Modules/<Name>/<Version>/<Name>.psd1, or Modules/<Name>/<Name>.psd1 without a
    // version folder (the version is then the manifest's ModuleVersion).
    private bool TryModule(DirectoryInfo dir)
    {
        if (dir.Parent is { } parent && IsVersion(dir.Name) &&
            File.Exists(Path.Combine(dir.FullName, parent.Name + ".psd1")))
        {
            AddModule(parent.Name, dir.Name, dir.FullName);
            return true;
        }

        var manifest = Path.Combine(dir.FullName, dir.Name + ".psd1");
        if (!File.Exists(manifest))
        {
            return false;
        }

        if (Safe(() => dir.EnumerateDirectories("*", Children)).Any(d => IsVersion(d.Name)))
        {
            return false;
        }

        AddModule(dir.Name, PowerShellManifest.ModuleVersion(manifest) ?? "0.0.0", dir.FullName);
        return true;
    }

    private void AddModule(string name, string version, string path) =>
        Add(new InstalledItem(InstalledKind.PowerShellModule, name.ToLowerInvariant(),
            VersionText.Normalize(version), path, DirectorySize.Of(path), []));

    private void AddFromNuspec(InstalledKind kind, string path, long bytes, Func<NuspecFile> read)
    {
        try
        {
            var nuspec = read();
            Add(new InstalledItem(kind, nuspec.Id, nuspec.Version, path, bytes, nuspec.Dependencies));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or
            InvalidDataException or System.Xml.XmlException or ArgumentException or
            InvalidOperationException or NuGet.Packaging.Core.PackagingException)
        {
            _problems.Add($"{path} could not be read: {ex.Message}");
        }
    }

    private void Add(InstalledItem item) => _items.Add(item);

    private static string? FindNuspec(DirectoryInfo dir, string id)
    {
        var path = Path.Combine(dir.FullName, id + ".nuspec");
        if (File.Exists(path))
        {
            return path;
        }

        // The global packages folder lower-cases the folder, not always the nuspec's name.
        return Directory.Exists(dir.FullName)
            ? Safe(() => dir.EnumerateFiles("*.nuspec", Children))
                .FirstOrDefault(f => Path.GetFileNameWithoutExtension(f.Name)
                    .Equals(id, StringComparison.OrdinalIgnoreCase))?.FullName
            : null;
    }

    private static bool IsVersion(string text) =>
        Version.TryParse(text, out _) || NuGet.Versioning.NuGetVersion.TryParse(text, out _);

    private static List<T> Safe<T>(Func<IEnumerable<T>> enumerate)
    {
        try
        {
            return enumerate().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
