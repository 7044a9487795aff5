using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// PackagesApp published self-contained for one older framework: a real runtime of that version
/// (from the NuGet runtime pack) on a machine whose shared runtime is newer, the only way this
/// machine runs the hook's build for it. Built once per test class.
/// </summary>
public abstract class SelfContainedFixture : IDisposable
{
    private readonly FixtureApp _app;

    protected SelfContainedFixture(string framework)
    {
        _app = FixtureApp.Build("PackagesApp", "publish", "-f", framework, "-r", "linux-x64", "--self-contained");
    }

    internal FixtureApp App => _app;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }
}
