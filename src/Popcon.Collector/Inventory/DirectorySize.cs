namespace Popcon.Collector.Inventory;

/// <summary>Adds up the lengths of the files below a folder.</summary>
internal static class DirectorySize
{
    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    public static long Of(string path)
    {
        if (File.Exists(path))
        {
            return new FileInfo(path).Length;
        }

        try
        {
            return new DirectoryInfo(path).EnumerateFiles("*", Everything).Sum(f => f.Length);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
