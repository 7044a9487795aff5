using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Popcon.Reporter.Deps;

/// <summary>
/// Maps runtime asset file names (<c>Humanizer.dll</c>) to the library that ships them, read from
/// a deps.json. Only package and runtimepack libraries are indexed: project and reference
/// libraries are the app's own code. File names, not guesses from assembly names, are the truth:
/// Humanizer.Core ships Humanizer.dll.
/// </summary>
internal sealed class DepsIndex
{
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
        // deps = { "runtimeTarget": { "name": <target> } | <target>, "targets": { <target>:
        //          { <library>: { <section>: { <asset path>: {...} } } } }, "libraries":
        //          { <library>: { "type": <type> } } }, in any order, other members ignored.
        var reader = new MiniJsonReader(json);
        string? runtimeTarget = null;
        string? firstTarget = null;
        var assets = new List<string>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.BeginObject();
        while (reader.NextProperty(out var member))
        {
            if (member == "runtimeTarget")
            {
                runtimeTarget = ReadRuntimeTargetName(reader);
            }
            else if (member == "targets")
            {
                ReadTargets(reader, runtimeTarget, assets, ref firstTarget);
            }
            else if (member == "libraries")
            {
                ReadLibraryTypes(reader, types);
            }
            else
            {
                reader.SkipValue();
            }
        }

        reader.End();
        return Index(assets, runtimeTarget ?? firstTarget, types, fileNameComparer);
    }

    /// <summary>Merges several indexes; the first file that names an asset wins.</summary>
    public static DepsIndex Merge(List<DepsIndex> indexes, StringComparer fileNameComparer)
    {
        // One file, the usual case: nothing to merge, nothing to copy.
        return indexes.Count == 1 ? indexes[0] : MergeAll(indexes, fileNameComparer);
    }

    // Kept apart: its enumerator types are loaded when the method is first called.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DepsIndex MergeAll(List<DepsIndex> indexes, StringComparer fileNameComparer)
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

    // The host takes the name from an object's "name" or, as older files write it, from a string.
    private static string? ReadRuntimeTargetName(MiniJsonReader reader)
    {
        if (reader.AtString())
        {
            return reader.ReadStringOrSkip();
        }

        string? name = null;
        if (!reader.TryBeginObject())
        {
            return null;
        }

        while (reader.NextProperty(out var member))
        {
            if (member == "name")
            {
                name = reader.ReadStringOrSkip();
            }
            else
            {
                reader.SkipValue();
            }
        }

        return name;
    }

    // Records every asset as three strings, target, library and file name, in file order, and
    // the first target's name. A target other than the one runtimeTarget named (when that came
    // first) is skipped unread.
    private static void ReadTargets(
        MiniJsonReader reader, string? runtimeTarget, List<string> assets, ref string? firstTarget)
    {
        if (!reader.TryBeginObject())
        {
            return;
        }

        while (reader.NextProperty(out var target))
        {
            firstTarget ??= target;
            if (runtimeTarget is not null && target != runtimeTarget)
            {
                reader.SkipValue();
            }
            else if (reader.TryBeginObject())
            {
                while (reader.NextProperty(out var library))
                {
                    ReadLibraryAssets(reader, target, library, assets);
                }
            }
        }
    }

    private static void ReadLibraryAssets(MiniJsonReader reader, string target, string library, List<string> assets)
    {
        if (!reader.TryBeginObject())
        {
            return;
        }

        while (reader.NextProperty(out var section))
        {
            if (section is not ("runtime" or "runtimeTargets" or "resources"))
            {
                reader.SkipValue();
                continue;
            }

            if (!reader.TryBeginObject())
            {
                continue;
            }

            while (reader.NextProperty(out var path))
            {
                reader.SkipValue();
                assets.Add(target);
                assets.Add(library);
                assets.Add(FileNameOf(path));
            }
        }
    }

    private static void ReadLibraryTypes(MiniJsonReader reader, Dictionary<string, string> types)
    {
        if (!reader.TryBeginObject())
        {
            return;
        }

        while (reader.NextProperty(out var library))
        {
            if (!reader.TryBeginObject())
            {
                continue;
            }

            while (reader.NextProperty(out var member))
            {
                if (member != "type")
                {
                    reader.SkipValue();
                    continue;
                }

                var type = reader.ReadStringOrSkip();
                if (type is not null)
                {
                    types[library] = type;
                }
            }
        }
    }

    // The target the host uses is the one runtimeTarget names, even one without assets, and none
    // when no target has that name; without a name (the host refuses such a file), the first
    // target. A library key is "<id>/<version>"; its type in "libraries" says package or
    // runtimepack, the only kinds indexed. The first library naming a file wins.
    private static DepsIndex Index(
        List<string> assets, string? chosen, Dictionary<string, string> types, StringComparer fileNameComparer)
    {
        var map = new Dictionary<string, DepsEntry>(fileNameComparer);
        string? library = null;
        DepsEntry? entry = null;
        for (var i = 0; i < assets.Count; i += 3)
        {
            if (assets[i] != chosen)
            {
                continue;
            }

            // A library's assets come together: its entry is made once, for the first of them.
            if (assets[i + 1] != library)
            {
                library = assets[i + 1];
                entry = EntryFor(library, types);
            }

            var fileName = assets[i + 2];
            if (entry is not null && fileName.Length > 0 && !map.ContainsKey(fileName))
            {
                map[fileName] = entry;
            }
        }

        return new DepsIndex(map);
    }

    private static DepsEntry? EntryFor(string key, Dictionary<string, string> types)
    {
        var slash = AsciiText.IndexOf(key, '/');
        if (slash <= 0 || slash == key.Length - 1 || !types.TryGetValue(key, out var type))
        {
            return null;
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
            return null;
        }

        return new DepsEntry(kind, key.Substring(0, slash), key.Substring(slash + 1));
    }

    // Asset paths in deps.json always use '/', whatever the operating system.
    private static string FileNameOf(string assetPath)
    {
        var slash = AsciiText.LastIndexOf(assetPath, '/');
        return slash >= 0 ? assetPath.Substring(slash + 1) : assetPath;
    }
}
