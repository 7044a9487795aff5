using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>The PackagesApp fixture built framework-dependent for net10.0, once per test run.</summary>
public sealed class PackagesAppFixture : IDisposable
{
    private readonly FixtureApp _app = FixtureApp.Build("PackagesApp", "build", "-f", "net10.0");

    internal FixtureApp App => _app;

    /// <summary>Gets the runtime line the hook must send when run on the test host's runtime.</summary>
    public static string ExpectedRuntimeLine
    {
        get
        {
            var version = Path.GetFileName(Path.GetDirectoryName(typeof(object).Assembly.Location))!;
            return "dotnet_popcon.runtime_used_total:1|c|#runtime:microsoft.netcore.app,version:" + version;
        }
    }

    public void Dispose() => _app.Dispose();
}
