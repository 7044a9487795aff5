using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// PackagesApp published self-contained for net8.0: a real .NET 8 runtime (from the NuGet runtime
/// pack) on a machine whose shared runtime is newer. Built once per test run.
/// </summary>
public sealed class SelfContainedNet8Fixture : IDisposable
{
    private readonly FixtureApp _app = FixtureApp.Build(
        "PackagesApp", "publish", "-f", "net8.0", "-r", "linux-x64", "--self-contained");

    internal FixtureApp App => _app;

    public void Dispose() => _app.Dispose();
}
