using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheDepsFileIsDamaged(PackagesAppFixture fixture)
{
    // The reporter reads deps.json on its own thread soon after start, so an app that replaces
    // its deps.json while running may do so before or after that read: either way the report
    // is sent once and the host behaves as without the hook; packages are lost only when the
    // damage came first, and then the self-log says why.
    [Theory]
    [InlineData("mangle-deps")]
    [InlineData("delete-deps")]
    public void A_deps_file_changed_while_running_never_costs_the_report(string mode)
    {
        using var listener = new StatsdListener();
        using var plain = fixture.App.Clone();
        using var hooked = fixture.App.Clone();
        var environment = HookEnvironment.For(listener.Port);

        var without = plain.Run(environment: null, mode);
        var with = hooked.Run(environment, mode);

        Assert.Equal(without, with);
        var lines = listener.DrainLines();
        var selfLog = HookEnvironment.SelfLogOf(environment);
        if (lines.Any(l => l.Contains("package_used", StringComparison.Ordinal)))
        {
            Report.AssertExactlyOneReport(lines, selfLog, Report.Json, Report.Humanizer);
            return;
        }

        Report.AssertExactlyOneReport(lines, selfLog);
        Assert.Contains(mode == "mangle-deps" ? "deps file unreadable" : "deps file skipped", selfLog, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deps_file_corrupt_from_the_start_fails_the_host_exactly_as_without_the_hook()
    {
        using var listener = new StatsdListener();
        using var plain = fixture.App.Clone();
        using var hooked = fixture.App.Clone();
        foreach (var app in new[] { plain, hooked })
        {
            File.WriteAllText(Path.Combine(app.OutputDirectory, "PackagesApp.deps.json"), "{ not json");
        }

        var without = plain.Run(environment: null);
        var with = hooked.Run(HookEnvironment.For(listener.Port));

        Assert.NotEqual(0, without.ExitCode);
        Assert.Equal(without.ExitCode, with.ExitCode);
        Assert.Equal(without.Stdout, with.Stdout);
        Assert.Equal(
            without.Stderr.Replace(plain.OutputDirectory, "<app>", StringComparison.Ordinal),
            with.Stderr.Replace(hooked.OutputDirectory, "<app>", StringComparison.Ordinal));
    }
}
