namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>
/// A copy of the shipped hook folder at a place a test chooses (a tool store, a second install),
/// with or without the compiled reporter builds.
/// </summary>
internal sealed class HookCopy : IDisposable
{
    private readonly TempDirectory _root;

    private HookCopy(TempDirectory root, string directory)
    {
        _root = root;
        Directory = directory;
    }

    /// <summary>Gets the copied hook folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the copied loader, the file DOTNET_STARTUP_HOOKS names.</summary>
    public string Location => Path.Combine(Directory, "Popcon.StartupHook.dll");

    /// <summary>Gets the copied portable reporter.</summary>
    public string Portable => Path.Combine(Directory, "Popcon.Reporter.dll");

    /// <summary>
    /// Copies the hook folder to <paramref name="relativePath"/> under a new temp folder; without
    /// <paramref name="withCompiledBuilds"/> the net*-&lt;rid&gt; folders stay behind.
    /// </summary>
    public static HookCopy Create(string relativePath, bool withCompiledBuilds)
    {
        var root = new TempDirectory("hook-copy");
        var directory = root.Combine(relativePath);
        System.IO.Directory.CreateDirectory(directory);
        foreach (var file in System.IO.Directory.GetFiles(HookPath.Directory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        foreach (var build in withCompiledBuilds ? System.IO.Directory.GetDirectories(HookPath.Directory) : [])
        {
            var target = Path.Combine(directory, Path.GetFileName(build));
            System.IO.Directory.CreateDirectory(target);
            foreach (var file in System.IO.Directory.GetFiles(build))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return new HookCopy(root, directory);
    }

    public void Dispose() => _root.Dispose();
}
