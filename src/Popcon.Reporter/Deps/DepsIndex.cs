using System;
using System.Collections.Generic;

namespace Popcon.Reporter.Deps;

/// <summary>
/// Maps runtime asset file names (<c>Humanizer.dll</c>) to the library that ships them, read from
/// a deps.json. Only package and runtimepack libraries are indexed: project and reference
/// libraries are the app's own code. File names, not guesses from assembly names, are the truth:
/// Humanizer.Core ships Humanizer.dll.
/// </summary>
internal sealed class DepsIndex
{
    private static readonly string[] AssetSections = ["runtime", "runtimeTargets", "resources"];
    private readonly Dictionary<string, DepsEntry> _byFileName;

    private DepsIndex(Dictionary<string, DepsEntry> byFileName)
    {
        _byFileName = byFileName;
    }

    /// <summary>Gets an index that knows no file.</summary>
    public static DepsIndex Empty { get; } = new(new Dictionary<string, DepsEntry>());

    public int Count => _byFileName.Count;

    /// <summary>Parses deps.json text; throws <see cref="FormatException"/> on bad JSON.</summary>
    public static DepsIndex Parse(string json, StringComparer fileNameComparer)
    {
        var map = new Dictionary<string, DepsEntry>(fileNameComparer);
        if (MiniJsonReader.Parse(json) is not Dictionary<string, object?> root)
        {
            return new DepsIndex(map);
        }

        var libraries = root.TryGetValue("libraries", out var l) ? l as Dictionary<string, object?> : null;
        var target = SelectTarget(root);
        if (libraries is null || target is null)
        {
            return new DepsIndex(map);
        }

        foreach (var library in target)
        {
            AddLibrary(map, library.Key, library.Value as Dictionary<string, object?>, libraries);
        }

        return new DepsIndex(map);
    }

    /// <summary>Merges several indexes; the first file that names an asset wins.</summary>
    public static DepsIndex Merge(IEnumerable<DepsIndex> indexes, StringComparer fileNameComparer)
    {
        var map = new Dictionary<string, DepsEntry>(fileNameComparer);
        foreach (var index in indexes)
        {
            foreach (var pair in index._byFileName)
            {
                if (!map.ContainsKey(pair.Key))
                {
                    map[pair.Key] = pair.Value;
                }
            }
        }

        return new DepsIndex(map);
    }

    public DepsEntry? Find(string fileName)
    {
        return _byFileName.TryGetValue(fileName, out var entry) ? entry : null;
    }

    // The target the host uses is named by runtimeTarget.name; without it, the first target.
    private static Dictionary<string, object?>? SelectTarget(Dictionary<string, object?> root)
    {
        if (!root.TryGetValue("targets", out var t) || t is not Dictionary<string, object?> targets)
        {
            return null;
        }

        if (root.TryGetValue("runtimeTarget", out var rt) && rt is Dictionary<string, object?> runtimeTarget
            && runtimeTarget.TryGetValue("name", out var n) && n is string name
            && targets.TryGetValue(name, out var chosen) && chosen is Dictionary<string, object?> target)
        {
            return target;
        }

        foreach (var pair in targets)
        {
            return pair.Value as Dictionary<string, object?>;
        }

        return null;
    }

    // A library key is "<id>/<version>"; its "type" in "libraries" says package or runtimepack.
    private static void AddLibrary(
        Dictionary<string, DepsEntry> map,
        string key,
        Dictionary<string, object?>? assets,
        Dictionary<string, object?> libraries)
    {
        var slash = AsciiText.IndexOf(key, '/');
        if (assets is null || slash <= 0 || slash == key.Length - 1)
        {
            return;
        }

        if (!libraries.TryGetValue(key, out var info) || info is not Dictionary<string, object?> library
            || !library.TryGetValue("type", out var typeValue) || typeValue is not string type)
        {
            return;
        }

        DepsEntryKind kind;
        if (AsciiText.EqualsIgnoreCase(type, "package"))
        {
            kind = DepsEntryKind.Package;
        }
        else if (AsciiText.EqualsIgnoreCase(type, "runtimepack"))
        {
            kind = DepsEntryKind.RuntimePack;
        }
        else
        {
            return;
        }

        var entry = new DepsEntry(kind, key.Substring(0, slash), key.Substring(slash + 1));
        foreach (var section in AssetSections)
        {
            if (assets.TryGetValue(section, out var files) && files is Dictionary<string, object?> fileMap)
            {
                foreach (var path in fileMap.Keys)
                {
                    var fileName = FileNameOf(path);
                    if (fileName.Length > 0 && !map.ContainsKey(fileName))
                    {
                        map[fileName] = entry;
                    }
                }
            }
        }
    }

    // Asset paths in deps.json always use '/', whatever the operating system.
    private static string FileNameOf(string assetPath)
    {
        var slash = AsciiText.LastIndexOf(assetPath, '/');
        return slash >= 0 ? assetPath.Substring(slash + 1) : assetPath;
    }
}
