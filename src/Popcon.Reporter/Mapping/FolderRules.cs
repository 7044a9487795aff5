using System;
using System.Collections.Generic;
using System.IO;

namespace Popcon.Reporter.Mapping;

/// <summary>
/// Recognizes packages by the folder an assembly was loaded from, for code that no deps.json
/// names: NuGet package folders (F# scripts, notebooks), the dotnet tool store and PowerShell
/// module folders.
/// </summary>
internal sealed class FolderRules
{
    // <id>/<version>/runtimes/<rid>/lib/<tfm>/x.dll is the deepest ordinary package layout.
    private const int MaxLevelsUp = 6;
    private readonly Dictionary<string, PackageUse?> _byDirectory = new(ProcessLayout.FileNameComparer);

    /// <summary>
    /// A path <c>&lt;root&gt;/&lt;id&gt;/&lt;version&gt;/...</c> whose version folder holds the
    /// <c>.nupkg.metadata</c> marker NuGet writes when it extracts a package.
    /// </summary>
    public PackageUse? FromNuGetFolder(string location)
    {
        var directory = Path.GetDirectoryName(location);
        if (directory is null)
        {
            return null;
        }

        if (_byDirectory.TryGetValue(directory, out var cached))
        {
            return cached;
        }

        PackageUse? found = null;
        var current = directory;
        for (var level = 0; level < MaxLevelsUp && current is not null; level++)
        {
            if (File.Exists(Path.Combine(current, ".nupkg.metadata")))
            {
                var parent = Path.GetDirectoryName(current);
                var id = parent is null ? null : Path.GetFileName(parent);
                if (!string.IsNullOrEmpty(id))
                {
                    found = new PackageUse(id!, Path.GetFileName(current), source: null);
                }

                break;
            }

            current = Path.GetDirectoryName(current);
        }

        _byDirectory[directory] = found;
        return found;
    }

    /// <summary>A path <c>.../.store/&lt;id&gt;/&lt;version&gt;/...</c> of the dotnet tool store.</summary>
    public static PackageUse? FromToolStore(string location)
    {
        var segments = Split(location);
        for (var i = segments.Length - 4; i >= 0; i--)
        {
            if (string.Equals(segments[i], ".store", StringComparison.Ordinal))
            {
                return new PackageUse(segments[i + 1], segments[i + 2], source: null);
            }
        }

        return null;
    }

    /// <summary>A path <c>.../Modules/&lt;Name&gt;/&lt;Version&gt;/...</c> of a PowerShell module.</summary>
    public static PackageUse? FromPowerShellModule(string location)
    {
        var segments = Split(location);
        for (var i = segments.Length - 4; i >= 0; i--)
        {
            if (string.Equals(segments[i], "Modules", StringComparison.OrdinalIgnoreCase)
                && IsModuleVersion(segments[i + 2]))
            {
                return new PackageUse(segments[i + 1], segments[i + 2], source: "powershell");
            }
        }

        return null;
    }

    // A module version folder is a System.Version: 2 to 4 dot-separated numbers.
    private static bool IsModuleVersion(string name)
    {
        var parts = name.Split('.');
        if (parts.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > 9)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string[] Split(string location)
    {
        return location.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }
}
