using System;
using System.Globalization;
using System.IO;

namespace Popcon.Reporter.Mapping;

/// <summary>The runtime a process runs on: framework name and version, for the runtime line.</summary>
internal sealed class RuntimeIdentity
{
    public RuntimeIdentity(string name, string version)
    {
        Name = Identity.NormalizeId(name);
        Version = Identity.NormalizeVersion(version);
    }

    public string Name { get; }

    public string Version { get; }

    /// <summary>
    /// Reads the framework folder of CoreLib (<c>shared/&lt;Name&gt;/&lt;Version&gt;/</c>), which
    /// also holds preview labels; a self-contained app falls back to the runtime's version.
    /// </summary>
    public static RuntimeIdentity Of(string? coreLibLocation, Version runtimeVersion)
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

        var build = Math.Max(runtimeVersion.Build, 0);
        var text = runtimeVersion.Major.ToString(CultureInfo.InvariantCulture) + "."
            + runtimeVersion.Minor.ToString(CultureInfo.InvariantCulture) + "."
            + build.ToString(CultureInfo.InvariantCulture);
        return new RuntimeIdentity("Microsoft.NETCore.App", text);
    }
}
