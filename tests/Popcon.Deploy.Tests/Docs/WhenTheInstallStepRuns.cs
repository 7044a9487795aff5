using System.Text.RegularExpressions;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Docs;

/// <summary>
/// Runs the hook-installing lines of docs/deployment.md (single machine, step 1) with sh, in a
/// temporary folder standing in for /usr/local/lib/popcon and a stand-in for the popcon tool that
/// names a complete hook folder, as the real tool's <c>popcon hook path</c> does.
/// </summary>
public sealed partial class WhenTheInstallStepRuns : IDisposable
{
    private const string LibFolder = "/usr/local/lib/popcon";
    private const string Tool = "/opt/popcon/popcon";

    private const UnixFileMode Readable =
        UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private const UnixFileMode ReadableAndExecutable = Readable
        | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("popcon-deploy-install-");
    private readonly string _lib;
    private readonly string _tool;

    public WhenTheInstallStepRuns()
    {
        _lib = Path.Combine(_dir.FullName, "lib");
        var toolHook = Path.Combine(_dir.FullName, "tool", "store", "hook");
        HookFolder.Create(toolHook);

        // The tool store keeps the files executable (0755), which the installed copy must not be.
        foreach (var file in Directory.EnumerateFiles(toolHook, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, ReadableAndExecutable | UnixFileMode.UserWrite);
        }

        _tool = Path.Combine(_dir.FullName, "tool", "popcon");
        var loader = Path.Combine(toolHook, HookFolder.Loader);
        File.WriteAllText(_tool, $"#!/bin/sh\n[ \"$*\" = \"hook path\" ] && echo '{loader}'\n");
        File.SetUnixFileMode(_tool, UnixFileMode.UserRead | UnixFileMode.UserExecute);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public async Task The_whole_hook_folder_lands_where_the_profile_script_looks_for_the_hook()
    {
        await InstallAsync();

        var hook = InTemp(ProfileScriptDefault());
        Assert.True(File.Exists(hook), hook);
        Assert.Equal(HookFolder.Loader, Path.GetFileName(hook));
        HookFolder.AssertComplete(Path.GetDirectoryName(hook)!);
    }

    [Fact]
    public async Task Everyone_may_read_the_installed_hook_and_only_its_owner_may_change_it()
    {
        await InstallAsync();

        var folder = CurrentFolder();
        var folders = Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);

        Assert.All(folders, d =>
            Assert.Equal(ReadableAndExecutable | UnixFileMode.UserWrite, File.GetUnixFileMode(d)));
        Assert.All(files, f => Assert.Equal(Readable | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }

    [Fact]
    public async Task Running_it_again_switches_to_a_new_folder_and_leaves_the_old_one_whole()
    {
        await InstallAsync();
        var first = CurrentFolder();

        await InstallAsync();
        var second = CurrentFolder();

        Assert.NotEqual(first, second);
        HookFolder.AssertComplete(first);
        HookFolder.AssertComplete(second);
        Assert.False(Directory.Exists(Path.Combine(_lib, "hook.next")), "the temporary link is left over");
    }

    private async Task InstallAsync()
    {
        var script = string.Join('\n', InstallLines())
            .Replace(Tool, _tool, StringComparison.Ordinal)
            .Replace(LibFolder, _lib, StringComparison.Ordinal);

        var result = await ProcessRunner.RunAsync(Tools.Require("/bin/sh", "dash"), ["-eu", "-c", script]);

        Assert.True(result.ExitCode == 0 && result.Stderr.Length == 0, script + "\n" + result.Output);
    }

    // The shell block of the guide that installs the hook, without its pack and tool-install
    // lines (those need a build and a feed; the stand-in tool takes their place).
    private static List<string> InstallLines()
    {
        var doc = RepoFiles.ReadText("docs", "deployment.md").Split('\n').Select(l => l.Trim()).ToList();
        var block = new List<string>();
        var inBlock = false;
        foreach (var line in doc)
        {
            if (!inBlock && line == "```sh")
            {
                inBlock = true;
                block.Clear();
            }
            else if (inBlock && line == "```")
            {
                inBlock = false;
                if (block.Exists(l => l.Contains($"{Tool} hook path", StringComparison.Ordinal)))
                {
                    var lines = block.Where(l => !l.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();
                    Assert.NotEmpty(lines);
                    return lines;
                }
            }
            else if (inBlock)
            {
                block.Add(line);
            }
        }

        Assert.Fail($"docs/deployment.md has no sh block that runs '{Tool} hook path'");
        return [];
    }

    private static string ProfileScriptDefault()
    {
        var script = RepoFiles.ReadText("deploy", "profile.d", "popcon.sh");
        var path = DefaultHookPath().Match(script).Groups[1].Value;
        Assert.StartsWith(LibFolder + "/", path, StringComparison.Ordinal);
        return path;
    }

    // The folder the hook's folder link points at now.
    private string CurrentFolder()
    {
        var link = new DirectoryInfo(Path.GetDirectoryName(InTemp(ProfileScriptDefault()))!);
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        Assert.NotNull(target);
        return target.FullName;
    }

    private string InTemp(string path) => _lib + path[LibFolder.Length..];

    [GeneratedRegex(@"POPCON_HOOK_PATH:-([^}]+)\}")]
    private static partial Regex DefaultHookPath();
}
