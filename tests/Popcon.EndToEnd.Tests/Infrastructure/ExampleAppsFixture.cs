namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Builds the apps under examples/ once for a test class, into a private folder, the way a user
/// builds them: a plain <c>dotnet build</c> restoring real packages from NuGet.
/// </summary>
public sealed class ExampleAppsFixture : IAsyncLifetime
{
    private readonly string _outputRoot =
        Path.Combine(Path.GetTempPath(), "popcon-e2e-apps-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of the built app's native launcher, e.g. <c>…/JsonApp/JsonApp</c>.</summary>
    public string AppPath(string name) => Path.Combine(_outputRoot, name, name);

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "JsonApp", "HumanizerApp", "YamlApp", "MultiApp" })
        {
            // Build a private copy so parallel runs and developer builds never share obj/ folders.
            var source = Path.Combine(_outputRoot, "src", name);
            Directory.CreateDirectory(source);
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Examples, name)))
            {
                File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
            }

            var build = await ProcessRunner.RunAsync("dotnet",
                ["build", source, "-nologo", "-v", "quiet", "-o", Path.Combine(_outputRoot, name)],
                timeout: TimeSpan.FromMinutes(5));
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"building {name} failed:\n{build}");
            }
        }
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_outputRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over cleanup.
        }

        return Task.CompletedTask;
    }
}
