using System;
using System.IO;

namespace Popcon.Reporter.Mapping;

/// <summary>Where the process's own code, its runtime and the reporter live on disk.</summary>
internal sealed class ProcessLayout
{
    public ProcessLayout(string? appBaseDirectory, string? dotnetRoot, string? reporterLocation)
    {
        AppBaseDirectory = WithSeparator(appBaseDirectory);
        DotnetRoot = WithSeparator(dotnetRoot);
        SharedDirectory = DotnetRoot is null ? null : DotnetRoot + "shared" + Path.DirectorySeparatorChar;
        SdkDirectory = DotnetRoot is null ? null : DotnetRoot + "sdk" + Path.DirectorySeparatorChar;
        ReporterLocation = reporterLocation;
    }

    // Plain fields, not properties: each accessor would be compiled in every process.

    /// <summary>Gets how paths compare here: case-insensitively on Windows only.</summary>
    public static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Gets the file name comparer matching <see cref="PathComparison"/>.</summary>
    public static readonly StringComparer FileNameComparer =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public readonly string? AppBaseDirectory;

    public readonly string? DotnetRoot;

    public readonly string? SharedDirectory;

    public readonly string? SdkDirectory;

    public readonly string? ReporterLocation;

    /// <summary>Reads the layout of the current process.</summary>
    public static ProcessLayout Current()
    {
        var coreLib = typeof(object).Assembly.Location;
        var reporter = typeof(ProcessLayout).Assembly.Location;
        return new ProcessLayout(AppContext.BaseDirectory, DotnetRootOf(coreLib), reporter);
    }

    /// <summary>
    /// The dotnet root of a framework-dependent process: CoreLib sits in
    /// <c>&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>. Null when self-contained.
    /// </summary>
    public static string? DotnetRootOf(string? coreLibLocation)
    {
        if (string.IsNullOrEmpty(coreLibLocation))
        {
            return null;
        }

        var versionDir = Path.GetDirectoryName(coreLibLocation);
        var frameworkDir = versionDir is null ? null : Path.GetDirectoryName(versionDir);
        var sharedDir = frameworkDir is null ? null : Path.GetDirectoryName(frameworkDir);
        var isShared = sharedDir is not null
            && string.Equals(AsciiText.FileName(sharedDir), "shared", StringComparison.Ordinal);
        if (!isShared)
        {
            return null;
        }

        return Path.GetDirectoryName(sharedDir);
    }

    public static bool IsUnder(string path, string? directory)
    {
        return directory is not null && path.StartsWith(directory, PathComparison);
    }

    private static string? WithSeparator(string? directory)
    {
        if (string.IsNullOrEmpty(directory))
        {
            return null;
        }

        var last = directory![directory.Length - 1];
        return last == Path.DirectorySeparatorChar || last == Path.AltDirectorySeparatorChar
            ? directory
            : directory + Path.DirectorySeparatorChar;
    }
}
