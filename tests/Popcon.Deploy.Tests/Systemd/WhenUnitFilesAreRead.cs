using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Systemd;

public sealed class WhenUnitFilesAreRead
{
    private readonly UnitFile _service =
        UnitFile.Parse(RepoFiles.ReadText("deploy", "systemd", "popcon.service"));

    [Fact]
    public void The_collector_runs_popcon_serve_on_the_state_directory_database()
    {
        var execStart = _service.Value("Service", "ExecStart");

        Assert.NotNull(execStart);
        Assert.StartsWith("/", execStart, StringComparison.Ordinal);
        Assert.Contains(" serve ", execStart, StringComparison.Ordinal);
        Assert.Contains("--db /var/lib/popcon/popcon.db", execStart, StringComparison.Ordinal);
        Assert.Equal("popcon", _service.Value("Service", "StateDirectory"));
    }

    [Fact]
    public void The_collector_listens_on_loopback_only_by_default()
    {
        var execStart = _service.Value("Service", "ExecStart")!;

        Assert.Contains("--statsd-udp 127.0.0.1:", execStart, StringComparison.Ordinal);
        Assert.Contains("--web 127.0.0.1:9102", execStart, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collector_runs_as_a_dedicated_unprivileged_user()
    {
        Assert.Equal("yes", _service.Value("Service", "DynamicUser"));
        Assert.Equal("popcon", _service.Value("Service", "User"));
        Assert.Equal(string.Empty, _service.Value("Service", "CapabilityBoundingSet"));
    }

    [Theory]
    [InlineData("NoNewPrivileges", "yes")]
    [InlineData("ProtectSystem", "strict")]
    [InlineData("ProtectHome", "yes")]
    [InlineData("PrivateTmp", "yes")]
    [InlineData("PrivateDevices", "yes")]
    [InlineData("RestrictAddressFamilies", "AF_INET AF_INET6 AF_UNIX")]
    [InlineData("SystemCallFilter", "@system-service")]
    public void The_collector_is_hardened(string key, string value)
    {
        Assert.Equal(value, _service.Value("Service", key));
    }

    [Fact]
    public void Write_execute_memory_stays_allowed_for_the_dotnet_jit()
    {
        Assert.NotEqual("yes", _service.Value("Service", "MemoryDenyWriteExecute"));
    }

    [Fact]
    public void The_hook_drop_in_reads_its_environment_file_only_if_present()
    {
        var dropIn = UnitFile.Parse(RepoFiles.ReadText("deploy", "systemd", "popcon-hook.conf"));

        Assert.Equal("-/etc/popcon/hook.env", dropIn.Value("Service", "EnvironmentFile"));
    }

    [Fact]
    public void The_hook_environment_names_the_absolute_hook_path_the_profile_script_uses()
    {
        var env = RepoFiles.ReadText("deploy", "systemd", "popcon-hook.env").Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var hook = env["DOTNET_STARTUP_HOOKS"];

        Assert.StartsWith("/", hook, StringComparison.Ordinal);
        Assert.EndsWith("/Popcon.StartupHook.dll", hook, StringComparison.Ordinal);
        var profile = RepoFiles.ReadText("deploy", "profile.d", "popcon.sh");
        Assert.Contains(hook, profile, StringComparison.Ordinal);
    }
}
