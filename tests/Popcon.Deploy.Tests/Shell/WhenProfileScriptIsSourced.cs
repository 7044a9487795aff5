using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Shell;

public sealed class WhenProfileScriptIsSourced : IDisposable
{
    // Sources the script (twice when asked), then prints the variable, whether the helper
    // variable leaked, and whether the value reached the environment of child processes.
    private const string Probe = """
        . "$1"
        if [ "$2" = twice ]; then . "$1"; fi
        printf '%s\n' "${DOTNET_STARTUP_HOOKS-<unset>}"
        printf '%s\n' "${popcon_hook_-<gone>}"
        if env | grep -q '^DOTNET_STARTUP_HOOKS='; then echo exported; else echo not-exported; fi
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("popcon-deploy-profile-");
    private readonly string _script = RepoFiles.PathOf("deploy", "profile.d", "popcon.sh");

    public static TheoryData<string> Shells() => ["/bin/sh", "bash", "dash"];

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task A_present_hook_is_set_and_exported(string shell)
    {
        var hook = CreateHook();

        var (value, leaked, exported) = await SourceAsync(shell, hook, existing: null);

        Assert.Equal(hook, value);
        Assert.Equal("<gone>", leaked);
        Assert.Equal("exported", exported);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task An_absent_hook_leaves_the_variable_unset(string shell)
    {
        var missing = Path.Combine(_dir.FullName, "Popcon.StartupHook.dll");

        var (value, _, exported) = await SourceAsync(shell, missing, existing: null);

        Assert.Equal("<unset>", value);
        Assert.Equal("not-exported", exported);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task An_absent_hook_leaves_an_existing_value_alone(string shell)
    {
        var missing = Path.Combine(_dir.FullName, "Popcon.StartupHook.dll");

        var (value, _, _) = await SourceAsync(shell, missing, existing: "/opt/other/Hook.dll");

        Assert.Equal("/opt/other/Hook.dll", value);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task A_present_hook_is_appended_with_a_colon(string shell)
    {
        var hook = CreateHook();

        var (value, _, exported) = await SourceAsync(shell, hook, existing: "/opt/other/Hook.dll");

        Assert.Equal("/opt/other/Hook.dll:" + hook, value);
        Assert.Equal("exported", exported);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task An_already_listed_hook_is_not_added_again(string shell)
    {
        var hook = CreateHook();
        var existing = $"/opt/a/A.dll:{hook}:/opt/b/B.dll";

        var (value, _, _) = await SourceAsync(shell, hook, existing);

        Assert.Equal(existing, value);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task Sourcing_twice_lists_the_hook_once(string shell)
    {
        var hook = CreateHook();

        var (value, _, _) = await SourceAsync(shell, hook, existing: "/opt/other/Hook.dll", twice: true);

        Assert.Equal("/opt/other/Hook.dll:" + hook, value);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public async Task A_relative_or_colon_path_is_ignored_even_if_the_file_exists(string shell)
    {
        CreateHook();
        var colon = Path.Combine(_dir.FullName, "a:b.dll");
        await File.WriteAllTextAsync(colon, string.Empty);

        var (relative, _, _) = await SourceAsync(shell, "Popcon.StartupHook.dll", existing: null);
        var (withColon, _, _) = await SourceAsync(shell, colon, existing: null);

        Assert.Equal("<unset>", relative);
        Assert.Equal("<unset>", withColon);
    }

    private string CreateHook()
    {
        var hook = Path.Combine(_dir.FullName, "Popcon.StartupHook.dll");
        File.WriteAllText(hook, string.Empty);
        return hook;
    }

    private async Task<(string Value, string Leaked, string Exported)> SourceAsync(
        string shell, string hookPath, string? existing, bool twice = false)
    {
        var shellPath = Tools.Require(shell, shell == "bash" ? "bash" : "dash");
        var environment = new Dictionary<string, string?>
        {
            ["POPCON_HOOK_PATH"] = hookPath,
            ["DOTNET_STARTUP_HOOKS"] = existing,
        };

        // -e and -u: the script must not trip a strict shell.
        var result = await ProcessRunner.RunAsync(
            shellPath,
            ["-eu", "-c", Probe, "probe", _script, twice ? "twice" : "once"],
            environment,
            workingDirectory: _dir.FullName);

        Assert.True(result.ExitCode == 0 && result.Stderr.Length == 0, result.Output);
        var lines = result.Stdout.Split('\n');
        return (lines[0], lines[1], lines[2]);
    }
}
