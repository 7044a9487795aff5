using System;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Mapping;

/// <summary>The runtime a process runs on: framework name and version, for the runtime line.</summary>
internal sealed class RuntimeIdentity
{
    private const string SharedFramework = "Microsoft.NETCore.App";

    public RuntimeIdentity(string name, string version)
    {
        Name = Identity.NormalizeId(name);
        Version = Identity.NormalizeVersion(version);
    }

    public string Name { get; }

    public string Version { get; }

    /// <summary>
    /// The runtime of this process: for a framework-dependent app from the shared framework folder
    /// CoreLib was loaded from (<c>.../shared/Microsoft.NETCore.App/10.0.12/</c>); for a
    /// self-contained one from the runtime pack its deps.json says ships CoreLib; else from
    /// <see cref="Environment.Version"/>.
    /// </summary>
    public static RuntimeIdentity Of(string? coreLibLocation, DepsIndex deps)
    {
        var versionDir = string.IsNullOrEmpty(coreLibLocation)
            ? null
            : Path.GetDirectoryName(coreLibLocation);
        var frameworkDir = versionDir is null ? null : Path.GetDirectoryName(versionDir);
        if (versionDir is not null && frameworkDir is not null
            && ProcessLayout.DotnetRootOf(coreLibLocation) is not null)
        {
            return new RuntimeIdentity(AsciiText.FileName(frameworkDir), AsciiText.FileName(versionDir));
        }

        var pack = deps.Find("System.Private.CoreLib.dll");
        return pack is { Kind: DepsEntryKind.RuntimePack }
            ? new RuntimeIdentity(SharedFramework, pack.Version)
            : FromEnvironment();
    }

    // Kept apart: Environment.Version reads CoreLib's attributes and parses them with the
    // culture's number formats, a millisecond on .NET 8; only a process with neither a shared
    // framework folder nor a runtime pack in its deps.json (a single-file app) comes here.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuntimeIdentity FromEnvironment()
    {
        var version = Environment.Version;
        var build = Math.Max(version.Build, 0);
        var text = version.Major.ToString(CultureInfo.InvariantCulture) + "."
            + version.Minor.ToString(CultureInfo.InvariantCulture) + "."
            + build.ToString(CultureInfo.InvariantCulture);
        return new RuntimeIdentity(SharedFramework, text);
    }
}
