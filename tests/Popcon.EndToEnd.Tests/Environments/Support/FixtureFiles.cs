using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// The fixture sources under <c>tests/Popcon.EndToEnd.Tests/Fixtures</c>, copied into a private
/// folder before use so parallel runs and in-place builds never share obj/ folders.
/// </summary>
internal static class FixtureFiles
{
    public static string Root { get; } =
        Path.Combine(RepoPaths.Root, "tests", "Popcon.EndToEnd.Tests", "Fixtures");

    /// <summary>Copies fixture folder <paramref name="name"/> to <paramref name="target"/>.</summary>
    public static string CopyTo(string name, string target)
    {
        var source = Path.Combine(Root, name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return target;
    }

    /// <summary>
    /// Packs a popcon project without building it. The nuspec and the tool's publish folder go to
    /// private places (next to <paramref name="output"/>, which holds only the package), so packs
    /// running in parallel never write the same files.
    /// </summary>
    public static Task<ProcessResult> PackAsync(string project, string output)
    {
        var work = output.TrimEnd(Path.DirectorySeparatorChar) + "-work" + Path.DirectorySeparatorChar;
        return DotnetAsync(
            ["pack", Path.Combine(RepoPaths.Root, "src", project), "--no-build",
             "-c", RepoPaths.Configuration, "-o", output, "-nologo",
             "-p:NuspecOutputPath=" + work + "nuspec" + Path.DirectorySeparatorChar,
             "-p:PublishDir=" + work + "publish" + Path.DirectorySeparatorChar]);
    }

    /// <summary>Runs a <c>dotnet</c> command that must succeed, with a generous deadline.</summary>
    public static async Task<ProcessResult> DotnetAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var list = arguments.ToList();

        // No build servers (MSBuild nodes, the compiler server): nothing the SDK starts for a
        // test outlives it. Environment variables are MSBuild properties too.
        var quiet = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };
        var result = await ProcessRunner.RunAsync("dotnet", list, quiet, workingDirectory,
            timeout: TimeSpan.FromMinutes(8));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', list)} failed:\n{result}");
        }

        return result;
    }
}
