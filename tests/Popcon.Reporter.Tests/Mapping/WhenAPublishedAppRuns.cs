using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class WhenAPublishedAppRuns : IDisposable
{
    private readonly FixtureApp _app = FixtureApp.Build("PackagesApp", "publish", "-f", "net10.0");

    [Fact]
    public void Its_packages_are_read_from_the_published_deps_json()
    {
        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port);

        _app.Run(environment);

        var lines = listener.DrainLines();
        Assert.Equal(
            new[] { Report.Humanizer, Report.Json, "dotnet_popcon.reports_total:1|c", PackagesAppFixture.ExpectedRuntimeLine }.Order(StringComparer.Ordinal),
            lines.Order(StringComparer.Ordinal));
    }

    public void Dispose() => _app.Dispose();
}
