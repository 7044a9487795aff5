using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheDepsFileIsDamaged(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("mangle-deps")]
    [InlineData("delete-deps")]
    public void A_deps_file_changed_while_running_never_costs_the_report_or_changes_the_host(string mode)
    {
        using var listener = new StatsdListener();
        using var plain = fixture.App.Clone();
        using var hooked = fixture.App.Clone();
        var environment = HookEnvironment.For(listener.Port);

        var without = plain.Run(environment: null, mode);
        var with = hooked.Run(environment, mode);

        // The reporter reads deps.json on its own thread while the app runs: whether it read it
        // before the app's change is a race, so the packages may or may not count. The report
        // itself, and the host's behaviour, may not depend on it.
        Assert.Equal(without, with);
        var lines = listener.DrainLines();
        var selfLog = HookEnvironment.SelfLogOf(environment);
        var packages = lines.Where(l => l.Contains("package_used", StringComparison.Ordinal)).ToArray();
        Report.AssertExactlyOneReport(lines, selfLog, packages);
        Assert.True(
            packages.Length == 0 || packages.Order(StringComparer.Ordinal).SequenceEqual([Report.Humanizer, Report.Json]),
            string.Join("\n", lines) + "\nself-log:\n" + selfLog);
        if (packages.Length == 0)
        {
            // Lost packages are explained.
            Assert.Contains(mode == "mangle-deps" ? "deps file unreadable" : "deps file skipped", selfLog, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("mangle")]
    [InlineData("delete")]
    public void A_deps_file_changed_after_the_reporter_read_it_keeps_its_packages(string change)
    {
        using var listener = new StatsdListener();
        using var plain = fixture.App.Clone();
        using var hooked = fixture.App.Clone();
        var environment = HookEnvironment.For(listener.Port);

        var without = RunChangingDeps(plain, null, change);
        var with = RunChangingDeps(hooked, environment, change);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
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

    // Starts the app waiting, changes its deps.json once the reporter (if any) says it is on,
    // which it says after reading deps.json, then ends the app with SIGTERM once it is handled.
    private static ProcessResult RunChangingDeps(FixtureApp app, Dictionary<string, string>? environment, string change)
    {
        using var running = RunningApp.Start(app.StartInfo(environment, "wait"));
        if (environment is not null)
        {
            HookEnvironment.WaitForSelfLog(environment, "reporter on");
        }

        var deps = Path.Combine(app.OutputDirectory, "PackagesApp.deps.json");
        if (change == "delete")
        {
            File.Delete(deps);
        }
        else
        {
            File.WriteAllText(deps, "{ \"targets\": [ garbage");
        }

        if (environment is not null)
        {
            HookEnvironment.WaitForSelfLog(environment, HookEnvironment.SignalHandlersRegistered);
        }

        running.Signal(RunningApp.SigTerm);
        return running.WaitForExit();
    }
}
