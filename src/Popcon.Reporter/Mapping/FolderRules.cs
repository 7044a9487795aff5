using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;

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
            if (FileExists(Path.Combine(current, ".nupkg.metadata")))
            {
                var parent = Path.GetDirectoryName(current);
                var id = parent is null ? null : AsciiText.FileName(parent);
                if (!string.IsNullOrEmpty(id))
                {
                    found = new PackageUse(id!, AsciiText.FileName(current), source: null);
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
            if (AsciiText.EqualsIgnoreCase(segments[i], "Modules")
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
        var parts = AsciiText.Split(name, '.');
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

    // Every app's own assembly is probed once (most are not in deps.json), so on Linux the
    // net8.0 build asks libc: File.Exists sets up the file-system types on first use, a quarter
    // of a millisecond.
    private static bool FileExists(string path)
    {
#if NET8_0_OR_GREATER
        if (OperatingSystem.IsLinux() && Libc.HasAccess)
        {
            return Libc.Exists(path);
        }
#endif
        return ManagedFileExists(path);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ManagedFileExists(string path)
    {
        return File.Exists(path);
    }

    private static string[] Split(string location)
    {
        return AsciiText.Split(location, Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }
}
