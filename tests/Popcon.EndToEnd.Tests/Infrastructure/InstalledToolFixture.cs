namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>
/// popcon packed from this clone's build and installed from that package into a fresh tool
/// path, once per test class: the files exactly as a user's machine gets them.
/// </summary>
public sealed class InstalledToolFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    /// <summary>Gets the packed tool.</summary>
    public string Package => Path.Combine(_temp.File("feed"), $"popcon.{RepoPaths.Version}.nupkg");

    /// <summary>Gets the tool path popcon was installed into.</summary>
    public string Tools => _temp.File("tools");

    /// <summary>Gets the installed command.</summary>
    public string Popcon => Path.Combine(Tools, "popcon");

    /// <summary>Gets a folder private to this fixture, for what the tests build.</summary>
    public string Scratch => _temp.File("scratch");

    public async Task InitializeAsync()
    {
        await RunOkAsync("dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Popcon.Cli"), "--no-build",
             "-c", RepoPaths.Configuration, "-o", _temp.File("feed"), "-nologo"]);
        await RunOkAsync("dotnet",
            ["tool", "install", "popcon", "--add-source", _temp.File("feed"), "--tool-path", Tools,
             "--version", RepoPaths.Version],
            // A private package cache: the shared one may hold an older build of the same version.
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = _temp.File("nuget") });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    internal static async Task<ProcessResult> RunOkAsync(
        string fileName, string[] args, Dictionary<string, string>? environment = null)
    {
        var result = await ProcessRunner.RunAsync(fileName, args, environment,
            timeout: TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} failed:\n{result}");
        }

        return result;
    }
}
