namespace Popcon.Deploy.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The absolute path of a file or folder given relative to the repository root.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Root.Value, .. parts]);

    /// <summary>The text of a file given relative to the repository root.</summary>
    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot()
    {
        // The test binaries live under tests/Popcon.Deploy.Tests/bin/...; walk up to the folder
        // that holds both deploy/ and docs/architecture.md.
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var hasDeploy = Directory.Exists(Path.Combine(dir.FullName, "deploy"));
            var hasDocs = File.Exists(Path.Combine(dir.FullName, "docs", "architecture.md"));
            if (hasDeploy && hasDocs)
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException(
            $"No repository root (deploy/ and docs/architecture.md) above {AppContext.BaseDirectory}");
    }
}
