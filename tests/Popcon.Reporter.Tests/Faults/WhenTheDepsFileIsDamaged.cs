using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheDepsFileIsDamaged(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("mangle-deps")]
    [InlineData("delete-deps")]
    public void A_deps_file_changed_while_running_loses_its_packages_but_not_the_report(string mode)
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
        Report.AssertExactlyOneReport(lines, selfLog);
        Assert.DoesNotContain(lines, l => l.Contains("package_used", StringComparison.Ordinal));
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
