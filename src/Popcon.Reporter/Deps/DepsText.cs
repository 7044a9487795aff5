using System.IO;
using System.Text;

namespace Popcon.Reporter.Deps;

/// <summary>Reads a deps.json file as text.</summary>
internal static class DepsText
{
    /// <summary>
    /// Reads the file as UTF-8, without a byte order mark. File.ReadAllText would do the same
    /// through a stream reader and its encoding detection, which cost a process about three
    /// milliseconds the first time; deps.json files are UTF-8 by specification.
    /// </summary>
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }
}
