using System;
using System.Collections.Generic;
using System.IO;
using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Mapping;

/// <summary>
/// Decides which package, if any, an assembly file belongs to. Rules, first match wins:
/// the reporter itself is ignored; anything under the shared framework folder is the framework
/// and anything under the SDK folder is tooling (F# Interactive's own libraries); a deps.json
/// package asset under the app directory is that package, a runtimepack asset the framework;
/// outside the app directory, a deps.json next to the file (a plugin's) names its package;
/// then NuGet package folders, the dotnet tool store and PowerShell module folders; everything
/// else (the app's own code, unknown places) is not counted.
/// </summary>
internal sealed class AssemblyClassifier
{
    private const string LoaderFileName = "Popcon.StartupHook.dll";

    // A deps.json of tens of megabytes is not real; reading it would only cost the host.
    private const long MaxDepsBytes = 32L * 1024 * 1024;

    private readonly ProcessLayout _layout;
    private readonly DepsIndex _deps;
    private FolderRules? _folders;
    private DirectoryDeps? _directoryDeps;

    public AssemblyClassifier(ProcessLayout layout, DepsIndex deps)
    {
        _layout = layout;
        _deps = deps;
    }

    /// <summary>
    /// Returns the package the assembly file at <paramref name="location"/> belongs to. With
    /// <paramref name="mayTouchDisk"/> false only in-memory rules run (deps.json already read,
    /// path prefixes); the rules that probe folders are skipped.
    /// </summary>
    public PackageUse? Classify(string location, bool mayTouchDisk = true)
    {
        // The reporter, and the startup hook that loaded it, are popcon, not the app's packages.
        if (string.Equals(location, _layout.ReporterLocation, ProcessLayout.PathComparison)
            || string.Equals(AsciiText.FileName(location), LoaderFileName, ProcessLayout.PathComparison))
        {
            return null;
        }

        if (ProcessLayout.IsUnder(location, _layout.SharedDirectory)
            || ProcessLayout.IsUnder(location, _layout.SdkDirectory))
        {
            return null;
        }

        var inApp = ProcessLayout.IsUnder(location, _layout.AppBaseDirectory);
        var entry = inApp ? _deps.Find(AsciiText.FileName(location)) : null;
        if (entry is not null)
        {
            return Counted(entry.Use);
        }

        if (!mayTouchDisk)
        {
            return null;
        }

        // The folder rules keep caches of their own, made when an assembly first needs them.
        entry = inApp ? null : (_directoryDeps ??= new DirectoryDeps()).Find(location);
        if (entry is not null)
        {
            return Counted(entry.Use);
        }

        return Counted((_folders ??= new FolderRules()).FromNuGetFolder(location)
            ?? FolderRules.FromToolStore(location)
            ?? FolderRules.FromPowerShellModule(location));
    }

    /// <summary>Builds the index from the deps files the host used, skipping framework ones.</summary>
    public static DepsIndex LoadDeps(ProcessLayout layout, string? depsFiles)
    {
        if (string.IsNullOrEmpty(depsFiles))
        {
            return DepsIndex.Empty;
        }

        var indexes = new List<DepsIndex>();
        foreach (var file in AsciiText.Split(depsFiles!, ';'))
        {
            var path = file.Trim();
            if (path.Length == 0 || ProcessLayout.IsUnder(path, layout.SharedDirectory))
            {
                continue;
            }

            indexes.Add(ReadDepsFile(path));
        }

        return DepsIndex.Merge(indexes, ProcessLayout.FileNameComparer);
    }

    /// <summary>Reads one deps.json; a missing, huge or corrupt file yields an empty index.</summary>
    public static DepsIndex ReadDepsFile(string path, long maxBytes = MaxDepsBytes)
    {
        try
        {
            var text = DepsText.Read(path, maxBytes);
            if (text is null)
            {
                SelfLog.Write("deps file skipped (missing or too large): " + path);
                return DepsIndex.Empty;
            }

            var index = DepsIndex.Parse(text, ProcessLayout.FileNameComparer);
            if (SelfLog.IsEnabled)
            {
                SelfLog.Write("deps file read: " + path + " (" + index.Count + " assets)");
            }
            return index;
        }
#pragma warning disable CA1031 // A corrupt or unreadable deps.json loses its packages, nothing more.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("deps file unreadable: " + path, exception);
            return DepsIndex.Empty;
        }
    }

    private static PackageUse? Counted(PackageUse? use)
    {
        // The reporter referenced as a package by an app is still the reporter.
        var isReporter = use is not null && string.Equals(use.Id, "popcon.reporter", StringComparison.Ordinal);
        return isReporter ? null : use;
    }
}
