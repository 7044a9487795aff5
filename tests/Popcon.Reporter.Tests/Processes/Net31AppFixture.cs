using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// The Net31App fixture published self-contained on .NET Core 3.1 (runtime pack from NuGet): a
/// runtime older than any the reporter serves, that still runs startup hooks. Built once per
/// test class.
/// </summary>
public sealed class Net31AppFixture : IDisposable
{
    private readonly FixtureApp _app = FixtureApp.Build("Net31App", "publish", "--self-contained");

    internal FixtureApp App => _app;

    public void Dispose() => _app.Dispose();
}
