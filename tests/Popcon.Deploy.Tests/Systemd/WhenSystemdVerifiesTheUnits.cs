using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Systemd;

public sealed class WhenSystemdVerifiesTheUnits
{
    private const string ExampleApp = """
        [Unit]
        Description=An example .NET service that gets the popcon hook
        [Service]
        ExecStart=/usr/bin/example-app
        [Install]
        WantedBy=multi-user.target
        """;

    [Fact]
    public async Task Systemd_analyze_verify_accepts_the_collector_unit_without_a_warning()
    {
        var analyze = Tools.Find("systemd-analyze");
        if (analyze is null)
        {
            // Without systemd the INI-level tests in WhenUnitFilesAreRead are the whole check.
            UnitFile.Parse(Deployed("popcon.service"));
            return;
        }

        using var root = new SystemdRoot();
        root.AddUnit("popcon.service", Deployed("popcon.service"));

        var result = await root.AnalyzeAsync(
            analyze, "verify", "--man=no", "--generators=no", "popcon.service");

        Assert.True(result.ExitCode == 0 && result.Stderr.Trim().Length == 0, result.Output);
    }

    [Fact]
    public async Task Systemd_analyze_verify_accepts_the_hook_drop_in_on_a_service()
    {
        var analyze = Tools.Find("systemd-analyze");
        if (analyze is null)
        {
            UnitFile.Parse(Deployed("popcon-hook.conf"));
            return;
        }

        using var root = new SystemdRoot();
        root.AddUnit("example-app.service", ExampleApp);
        root.AddUnit("example-app.service.d/popcon-hook.conf", Deployed("popcon-hook.conf"));

        var result = await root.AnalyzeAsync(
            analyze, "verify", "--man=no", "--generators=no", "example-app.service");

        Assert.True(result.ExitCode == 0 && result.Stderr.Trim().Length == 0, result.Output);
    }

    [Fact]
    public async Task Systemd_analyze_rates_the_collector_exposure_at_most_2_5()
    {
        var analyze = Tools.Find("systemd-analyze");
        if (analyze is null)
        {
            // Without systemd, at least the strongest sandboxing keys must be there.
            var unit = UnitFile.Parse(Deployed("popcon.service"));
            Assert.Equal("strict", unit.Value("Service", "ProtectSystem"));
            Assert.Equal("yes", unit.Value("Service", "NoNewPrivileges"));
            return;
        }

        using var root = new SystemdRoot();
        root.AddUnit("popcon.service", Deployed("popcon.service"));

        // --threshold is ten times the exposure figure systemd prints (0 safest, 10 worst).
        var result = await root.AnalyzeAsync(
            analyze, "security", "--offline=yes", "--threshold=25", "popcon.service");

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task A_misspelt_key_is_reported_so_the_verify_check_has_teeth()
    {
        var analyze = Tools.Find("systemd-analyze");
        if (analyze is null)
        {
            return;
        }

        using var root = new SystemdRoot();
        root.AddUnit("broken.service", ExampleApp.Replace("ExecStart", "ExecStrat", StringComparison.Ordinal)
            + "\n[Service]\nExecStart=/usr/bin/example-app\n");

        var result = await root.AnalyzeAsync(
            analyze, "verify", "--man=no", "--generators=no", "broken.service");

        Assert.Contains("ExecStrat", result.Stderr, StringComparison.Ordinal);
    }

    private static string Deployed(string name) => RepoFiles.ReadText("deploy", "systemd", name);
}
