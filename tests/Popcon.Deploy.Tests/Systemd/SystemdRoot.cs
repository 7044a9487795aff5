using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Systemd;

/// <summary>
/// A throwaway root folder for <c>systemd-analyze --root</c>: the machine's stock units (for
/// targets such as sysinit.target), the units under test, and a stub for each ExecStart binary.
/// Nothing is installed on the machine itself.
/// </summary>
internal sealed class SystemdRoot : IDisposable
{
    private static readonly string[] StockUnitFolders = ["/usr/lib/systemd/system", "/lib/systemd/system"];

    public SystemdRoot()
    {
        Path = Directory.CreateTempSubdirectory("popcon-deploy-systemd-").FullName;
        var stock = StockUnitFolders.FirstOrDefault(Directory.Exists);
        if (stock is not null)
        {
            CopyFolder(stock, Combine("usr", "lib", "systemd", "system"));
        }
    }

    /// <summary>The root folder.</summary>
    public string Path { get; }

    /// <summary>Places a unit or drop-in at <paramref name="unitPath"/> in /etc/systemd/system.</summary>
    public void AddUnit(string unitPath, string text)
    {
        var target = Combine(["etc", "systemd", "system", .. unitPath.Split('/')]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        var execStart = UnitFile.Parse(text).Value("Service", "ExecStart");
        if (!string.IsNullOrEmpty(execStart))
        {
            AddStubExecutable(execStart.Split(' ')[0]);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void AddStubExecutable(string absolutePath)
    {
        var stub = Combine(absolutePath.TrimStart('/').Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(stub)!);
        File.WriteAllText(stub, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            // Aliases and .wants entries are symlinks, and systemd requires them to stay so.
            var target = System.IO.Path.Combine(to, System.IO.Path.GetFileName(file));
            var link = new FileInfo(file).LinkTarget;
            if (link is not null)
            {
                File.CreateSymbolicLink(target, link);
            }
            else
            {
                File.Copy(file, target);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, System.IO.Path.Combine(to, System.IO.Path.GetFileName(folder)));
        }
    }

    /// <summary>Runs systemd-analyze with this root.</summary>
    public Task<ProcessResult> AnalyzeAsync(string analyze, params string[] arguments) =>
        ProcessRunner.RunAsync(analyze, [.. arguments, $"--root={Path}"]);
}
