using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// PackagesApp published self-contained for net9.0: a real .NET 9 runtime (from the NuGet runtime
/// pack), the only way this machine runs the hook's net9.0 build. Built once per test class.
/// </summary>
public sealed class SelfContainedNet9Fixture : IDisposable
{
    private readonly FixtureApp _app = FixtureApp.Build(
        "PackagesApp", "publish", "-f", "net9.0", "-r", "linux-x64", "--self-contained");

    internal FixtureApp App => _app;

    public void Dispose() => _app.Dispose();
}
