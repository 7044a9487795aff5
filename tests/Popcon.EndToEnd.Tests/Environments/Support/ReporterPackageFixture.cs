using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// Packs Popcon.Reporter from this clone into a private feed and builds the ReporterApiApp
/// fixture against that package, the way a user's app consumes it.
/// </summary>
public sealed class ReporterPackageFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string AppPath => Path.Combine(_temp.Path, "app", "ReporterApiApp");

    public async Task InitializeAsync()
    {
        var feed = _temp.File("feed");
        await FixtureFiles.PackAsync("Popcon.Reporter", feed);

        var source = FixtureFiles.CopyTo("ReporterApiApp", _temp.File("src"));
        File.WriteAllText(Path.Combine(source, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="popcon-under-test" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        // A private package folder: the shared one may hold an older build of the same version.
        await FixtureFiles.DotnetAsync(
            ["build", source, "-nologo", "-v", "quiet", "-o", _temp.File("app"),
             "-p:PopconReporterVersion=" + RepoPaths.Version],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = _temp.File("nuget") });
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
