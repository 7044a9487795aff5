using System.IO.Compression;
using System.Reflection.PortableExecutable;

namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>Tells ReadyToRun images (IL plus precompiled native code) from plain IL ones.</summary>
internal static class ReadyToRunImage
{
    /// <summary>
    /// True when the assembly in <paramref name="entry"/> carries ReadyToRun code: crossgen
    /// fills the managed native header of the CLI header, which plain IL leaves empty.
    /// </summary>
    public static bool Is(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
