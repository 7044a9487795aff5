using System;
using System.Collections.Generic;
using System.IO;
using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Mapping;

/// <summary>
/// The deps.json files lying next to assemblies loaded from outside the app directory: plugins
/// built with their own deps.json (as AssemblyDependencyResolver expects them) name their
/// packages there. Each directory is read once.
/// </summary>
internal sealed class DirectoryDeps
{
    private const int MaxFilesPerFolder = 8;
    private const long MaxPluginDepsBytes = 4L * 1024 * 1024;

    private readonly Dictionary<string, DepsIndex> _byDirectory = new(ProcessLayout.FileNameComparer);

    public DepsEntry? Find(string location)
    {
        var directory = Path.GetDirectoryName(location);
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        if (!_byDirectory.TryGetValue(directory!, out var index))
        {
            index = Read(directory!);
            _byDirectory[directory!] = index;
        }

        return index.Find(AsciiText.FileName(location));
    }

    private static DepsIndex Read(string directory)
    {
        try
        {
            var files = Directory.GetFiles(directory, "*.deps.json");
            if (files.Length == 0)
            {
                return DepsIndex.Empty;
            }

            // A plugin's deps.json is a few kilobytes: a folder holding many, or big ones, is not a
            // plugin folder, and reading it all would stretch the host's exit.
            var indexes = new List<DepsIndex>();
            for (var i = 0; i < files.Length && i < MaxFilesPerFolder; i++)
            {
                indexes.Add(AssemblyClassifier.ReadDepsFile(files[i], MaxPluginDepsBytes));
            }

            return DepsIndex.Merge(indexes, ProcessLayout.FileNameComparer);
        }
#pragma warning disable CA1031 // An unreadable plugin folder loses its packages, nothing more.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("plugin folder unreadable: " + directory, exception);
            return DepsIndex.Empty;
        }
    }
}
