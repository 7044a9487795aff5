using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>The SelfContainedNet8 fixture app, published once per test class.</summary>
public sealed class SelfContainedNet8Fixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public string AppPath => Path.Combine(_temp.Path, "publish", "SelfContainedNet8");

    public async Task InitializeAsync()
    {
        var source = FixtureFiles.CopyTo("SelfContainedNet8", _temp.File("src"));
        await FixtureFiles.DotnetAsync(
            ["publish", source, "-nologo", "-v", "quiet", "-o", _temp.File("publish")]);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
