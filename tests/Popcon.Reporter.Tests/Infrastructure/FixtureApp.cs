namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>
/// A fixture app copied from Fixtures/ to a temp folder and built there once, so that parallel
/// test runs never share obj/ folders.
/// </summary>
internal sealed class FixtureApp : IDisposable
{
    private readonly TempDirectory _root;

    private FixtureApp(TempDirectory root, string outputDirectory, string entryFile)
    {
        _root = root;
        OutputDirectory = outputDirectory;
        EntryFile = entryFile;
    }

    public string OutputDirectory { get; }

    /// <summary>Gets the app's entry: a .dll run through <c>dotnet</c>, or a native executable.</summary>
    public string EntryFile { get; }

    public static FixtureApp Build(string name, params string[] buildArguments)
    {
        var root = CopySource(name, out var source);
        var output = root.Combine("out");
        ProcessRunner.RunChecked("dotnet", [.. buildArguments, "-c", "Release", "-o", output], workingDirectory: source);
        var native = System.IO.Path.Combine(output, name);
        var isSelfContained = buildArguments.Contains("--self-contained") && !buildArguments.Contains("false");
        var entry = isSelfContained ? native : System.IO.Path.Combine(output, name + ".dll");
        return new FixtureApp(root, output, entry);
    }

    /// <summary>Copies the built app to a new folder, for runs that damage their own files.</summary>
    public FixtureApp Clone()
    {
        var root = new TempDirectory("clone");
        var output = root.Combine("out");
        CopyDirectory(OutputDirectory, output);
        return new FixtureApp(root, output, System.IO.Path.Combine(output, System.IO.Path.GetFileName(EntryFile)));
    }

    public ProcessResult Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        return EntryFile.EndsWith(".dll", StringComparison.Ordinal)
            ? ProcessRunner.Run("dotnet", [EntryFile, .. arguments], environment)
            : ProcessRunner.Run(EntryFile, arguments, environment);
    }

    public System.Diagnostics.ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        return EntryFile.EndsWith(".dll", StringComparison.Ordinal)
            ? ProcessRunner.StartInfo("dotnet", [EntryFile, .. arguments], environment)
            : ProcessRunner.StartInfo(EntryFile, arguments, environment);
    }

    public void Dispose() => _root.Dispose();

    /// <summary>Copies a fixture's sources (and the props that isolate it) to a new temp folder.</summary>
    public static TempDirectory CopySource(string name, out string sourceDirectory)
    {
        var root = new TempDirectory("fixture");
        sourceDirectory = root.Combine(name);
        CopyDirectory(HookPath.FixtureSource(name), sourceDirectory);
        File.Copy(HookPath.FixtureSource("Directory.Build.props"), root.Combine("Directory.Build.props"));
        File.Copy(HookPath.FixtureSource("Directory.Packages.props"), root.Combine("Directory.Packages.props"));
        return root;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
        }
    }
}
