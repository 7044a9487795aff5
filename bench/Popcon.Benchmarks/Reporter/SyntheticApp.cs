using System.Globalization;
using System.Text;

namespace Popcon.Benchmarks.Reporter;

/// <summary>
/// A made-up app on disk: a deps.json naming <c>packages</c> NuGet packages (one assembly each)
/// and the assembly locations a process of that app would load: its own dll, the packages, and
/// the shared framework's assemblies. Nothing is loaded: the hook only sees locations.
/// </summary>
internal sealed class SyntheticApp : IDisposable
{
    private const int FrameworkAssemblies = 40;

    public SyntheticApp(int packages)
    {
        Root = Path.Combine(Path.GetTempPath(), "popcon-bench-" + Guid.NewGuid().ToString("N"));
        AppDirectory = Path.Combine(Root, "app") + Path.DirectorySeparatorChar;
        DotnetRoot = Path.Combine(Root, "dotnet") + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(AppDirectory);
        DepsFile = Path.Combine(AppDirectory, "App.deps.json");
        File.WriteAllText(DepsFile, DepsJson(packages));

        var framework = Path.Combine(DotnetRoot, "shared", "Microsoft.NETCore.App", "10.0.12");
        CoreLib = Path.Combine(framework, "System.Private.CoreLib.dll");
        var locations = new List<string> { CoreLib, Path.Combine(AppDirectory, "App.dll") };
        for (var i = 1; i < FrameworkAssemblies; i++)
        {
            locations.Add(Path.Combine(framework, $"System.Bench{i:D2}.dll"));
        }

        for (var i = 0; i < packages; i++)
        {
            locations.Add(Path.Combine(AppDirectory, $"Bench.Package{i:D4}.dll"));
        }

        Locations = locations;
    }

    public string Root { get; }

    public string AppDirectory { get; }

    public string DotnetRoot { get; }

    public string DepsFile { get; }

    public string CoreLib { get; }

    /// <summary>Gets every assembly location, in the order a process would load them.</summary>
    public IReadOnlyList<string> Locations { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    // The shape `dotnet build` writes: one target, a package library per package.
    private static string DepsJson(int packages)
    {
        var targets = new StringBuilder();
        var libraries = new StringBuilder("\"App/1.0.0\": {\"type\": \"project\", \"serviceable\": false}");
        targets.Append("\"App/1.0.0\": {\"runtime\": {\"App.dll\": {}}}");
        for (var i = 0; i < packages; i++)
        {
            var key = $"Bench.Package{i:D4}/1.{i % 7}.{i}";
            targets.Append(CultureInfo.InvariantCulture, $",\n\"{key}\": {{\"runtime\": {{\"lib/net10.0/Bench.Package{i:D4}.dll\": ")
                .Append("{\"assemblyVersion\": \"1.0.0.0\", \"fileVersion\": \"1.0.0.0\"}}}");
            libraries.Append(CultureInfo.InvariantCulture, $",\n\"{key}\": {{\"type\": \"package\", \"serviceable\": true, ")
                .Append(CultureInfo.InvariantCulture, $"\"sha512\": \"sha512-x\", \"path\": \"{key.ToLowerInvariant()}\"}}");
        }

        return "{\"runtimeTarget\": {\"name\": \".NETCoreApp,Version=v10.0\"},\n"
            + "\"targets\": {\".NETCoreApp,Version=v10.0\": {" + targets + "}},\n"
            + "\"libraries\": {" + libraries + "}}";
    }
}
