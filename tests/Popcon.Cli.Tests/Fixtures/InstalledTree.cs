using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>
/// Test fixture writer for installed things: package folders with real .nuspec files, tool stores,
/// module folders, shared runtimes and .nupkg feeds, each with files of known sizes. Remembers the
/// bytes it wrote per item, so tests can check the scan's sizes against an independent count.
/// </summary>
public sealed class InstalledTree(string root)
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    /// <summary>Bytes written for the item that lives at <paramref name="path"/>.</summary>
    public long BytesOf(string path) => _bytes[Path.GetFullPath(path)];

    public static string Nuspec(string id, string version, params (string Id, string Range)[] dependencies)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        text.Append("<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n");
        text.Append("  <metadata>\n");
        text.Append(CultureInfo.InvariantCulture, $"    <id>{id}</id>\n    <version>{version}</version>\n");
        text.Append("    <authors>fixture</authors>\n    <description>A fixture package.</description>\n");
        if (dependencies.Length > 0)
        {
            text.Append("    <dependencies>\n      <group targetFramework=\"net8.0\">\n");
            foreach (var (depId, range) in dependencies)
            {
                text.Append(CultureInfo.InvariantCulture, $"        <dependency id=\"{depId}\" version=\"{range}\" exclude=\"Build,Analyzers\" />\n");
            }

            text.Append("      </group>\n    </dependencies>\n");
        }

        text.Append("  </metadata>\n</package>\n");
        return text.ToString();
    }

    /// <summary>A restored package folder <c>folder/&lt;id&gt;/&lt;version&gt;/</c>.</summary>
    public string NuGetPackage(string folder, string id, string version, int payload,
        params (string Id, string Range)[] dependencies)
    {
        var dir = Path.Combine(Root, folder, id.ToLowerInvariant(), version.ToLowerInvariant());
        Write(dir, Path.Combine(dir, id.ToLowerInvariant() + ".nuspec"), Nuspec(id, version, dependencies));
        Write(dir, Path.Combine(dir, ".nupkg.metadata"), "{\"version\":2,\"contentHash\":\"x\",\"source\":null}");
        Write(dir, Path.Combine(dir, "lib", "net8.0", id + ".dll"), payload);
        return dir;
    }

    /// <summary>A dotnet tool <c>folder/.store/&lt;id&gt;/&lt;version&gt;/</c> with its package inside.</summary>
    public string Tool(string folder, string id, string version, int payload)
    {
        var outer = Path.Combine(Root, folder, ".store", id, version);
        var inner = Path.Combine(outer, id, version);
        Write(outer, Path.Combine(inner, id + ".nuspec"), Nuspec(id, version));
        Write(outer, Path.Combine(inner, "tools", "net8.0", "any", id + ".dll"), payload);
        Write(outer, Path.Combine(outer, "project.assets.json"), "{}");
        return outer;
    }

    /// <summary>A PowerShell module version <c>folder/&lt;Name&gt;/&lt;Version&gt;/</c>.</summary>
    public string Module(string folder, string name, string version, int payload)
    {
        var dir = Path.Combine(Root, folder, name, version);
        Write(dir, Path.Combine(dir, name + ".psd1"), $"@{{\n    ModuleVersion = '{version}'\n}}\n");
        Write(dir, Path.Combine(dir, name + ".psm1"), payload);
        return dir;
    }

    /// <summary>A shared runtime <c>folder/shared/&lt;framework&gt;/&lt;version&gt;/</c>.</summary>
    public string Runtime(string folder, string framework, string version, int payload)
    {
        var dir = Path.Combine(Root, folder, "shared", framework, version);
        Write(dir, Path.Combine(dir, "System.Private.CoreLib.dll"), payload);
        return dir;
    }

    /// <summary>A .nupkg (a zip holding the .nuspec and a payload) in a flat feed folder.</summary>
    public string FeedPackage(string folder, string id, string version, int payload)
    {
        var dir = Path.Combine(Root, folder);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{id}.{version}.nupkg");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open()))
            {
                writer.Write(Nuspec(id, version));
            }

            using var data = zip.CreateEntry($"lib/net8.0/{id}.dll", CompressionLevel.NoCompression).Open();
            data.Write(new byte[payload]);
        }

        _bytes[Path.GetFullPath(path)] = new FileInfo(path).Length;
        return path;
    }

    private void Write(string item, string path, string text) =>
        Write(item, path, Encoding.UTF8.GetBytes(text));

    private void Write(string item, string path, int length) =>
        Write(item, path, Enumerable.Range(0, length).Select(i => (byte)i).ToArray());

    private void Write(string item, string path, byte[] content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        var key = Path.GetFullPath(item);
        _bytes[key] = _bytes.GetValueOrDefault(key) + content.Length;
    }
}
