using System.Text.Json;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Unused;

public sealed class WhenScanningAFixtureMachine(InstalledTreeFixture machine)
    : IClassFixture<InstalledTreeFixture>
{
    private Task<CliResult> Unused(params string[] extra) =>
        PopconCli.RunAsync(
            new[] { "unused", "--db", machine.DatabasePath, "--until", "2026-03-31" }
                .Concat(extra).Concat(machine.Roots));

    private async Task<JsonElement> UnusedJson(params string[] extra)
    {
        var result = await Unused(extra.Concat(["--format", "json"]).ToArray());
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static string Name(JsonElement entry) =>
        entry.GetProperty("id").GetString() + " " + entry.GetProperty("version").GetString();

    [Fact]
    public async Task Lists_exactly_the_unused_versions_biggest_first()
    {
        var json = await UnusedJson();

        var names = json.GetProperty("unused").EnumerateArray().Select(Name).ToList();
        Assert.Equal(
            [
                "unused.big 5.0.0", "microsoft.netcore.app 8.0.11", "newtonsoft.json 13.0.4",
                "newtonsoft.json 12.0.1", "dotnet-foo 1.0.0", "pester 4.10.1",
                "microsoft.aspnetcore.app 10.0.12", "app.extra 1.0.0", "app.util 2.1.0",
            ],
            names);
    }

    [Fact]
    public async Task Sizes_are_the_bytes_on_disk_and_the_total_is_their_sum()
    {
        var json = await UnusedJson();

        long total = 0;
        foreach (var entry in json.GetProperty("unused").EnumerateArray())
        {
            var expected = machine.Tree.BytesOf(machine.Paths[Name(entry)]);
            Assert.Equal(expected, entry.GetProperty("bytes").GetInt64());
            Assert.Equal(machine.Paths[Name(entry)], entry.GetProperty("path").GetString());
            total += expected;
        }

        Assert.Equal(total, json.GetProperty("reclaimableBytes").GetInt64());
        var pester = json.GetProperty("unused").EnumerateArray().Single(e => Name(e) == "pester 4.10.1");
        Assert.Equal(30_000 + "@{\n    ModuleVersion = '4.10.1'\n}\n".Length, pester.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task Versions_are_judged_separately()
    {
        var json = await UnusedJson();

        var unused = json.GetProperty("unused").EnumerateArray().ToDictionary(Name);
        Assert.DoesNotContain("newtonsoft.json 13.0.3", unused.Keys);
        Assert.Equal(JsonValueKind.Null, unused["newtonsoft.json 13.0.4"].GetProperty("lastUsed").ValueKind);
        Assert.Equal("2026-02-01", unused["newtonsoft.json 12.0.1"].GetProperty("lastUsed").GetString());
        Assert.Equal("2025-12-01", unused["microsoft.netcore.app 8.0.11"].GetProperty("lastUsed").GetString());
        Assert.DoesNotContain("pester 5.5.0", unused.Keys);
        Assert.Contains("pester 4.10.1", unused.Keys);
    }

    [Fact]
    public async Task Dependencies_of_used_packages_are_kept_and_say_who_needs_them()
    {
        var json = await UnusedJson();

        var kept = json.GetProperty("kept").EnumerateArray().ToDictionary(Name);
        Assert.Equal(["app.base 1.0.0", "app.util 2.0.0"], kept.Keys.Order());
        Assert.Equal("app.core 1.0.0", Name(kept["app.util 2.0.0"].GetProperty("neededBy")));
        Assert.Equal("app.util 2.0.0", Name(kept["app.base 1.0.0"].GetProperty("neededBy")));
        Assert.Equal("app.core 1.0.0", Name(kept["app.base 1.0.0"].GetProperty("usedRoot")));
    }

    [Fact]
    public async Task The_table_names_the_used_package_that_needs_a_kept_one()
    {
        var result = await Unused();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("kept, not used themselves but needed by a used package:", result.Stdout,
            StringComparison.Ordinal);
        var line = result.Stdout.Split('\n').Single(l => l.Contains(" app.base ", StringComparison.Ordinal));
        Assert.EndsWith("app.util 2.0.0 (for app.core 1.0.0)", line, StringComparison.Ordinal);
        Assert.Contains("reclaimable in 9 versions", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_lists_the_same_rows_with_exact_bytes()
    {
        var result = await Unused("--format", "csv");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("kind,id,version,bytes,lastUsed,path", lines[0]);
        var big = machine.Paths["unused.big 5.0.0"];
        Assert.Equal($"nuget,unused.big,5.0.0,{machine.Tree.BytesOf(big)},,{big}", lines[1]);
        Assert.Equal(10, lines.Length);
    }

    [Fact]
    public async Task Output_to_a_pipe_carries_no_progress_display()
    {
        var result = await Unused();

        Assert.Equal(string.Empty, result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public async Task On_a_terminal_a_progress_line_shows_while_scanning()
    {
        // script(1) gives the command a pseudo-terminal, as an interactive shell would.
        var args = new[]
            {
                PopconCli.Dotnet, PopconCli.DllPath, "unused", "--db", machine.DatabasePath,
                "--until", "2026-03-31",
            }
            .Concat(machine.Roots).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        var start = new System.Diagnostics.ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-qec", string.Join(' ', args), "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Scanning", output, StringComparison.Ordinal);
        Assert.Contains("reclaimable in 9 versions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_longer_window_that_reaches_old_use_keeps_those_versions()
    {
        var json = await UnusedJson("--days", "130");

        var names = json.GetProperty("unused").EnumerateArray().Select(Name).ToList();
        Assert.DoesNotContain("newtonsoft.json 12.0.1", names);
        Assert.DoesNotContain("microsoft.netcore.app 8.0.11", names);
        Assert.Contains("newtonsoft.json 13.0.4", names);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_one_plain_line_and_exit_1()
    {
        var missing = Path.Combine(machine.Root, "nope");

        var result = await PopconCli.RunAsync("unused", "--db", machine.DatabasePath, missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"popcon: {missing} does not exist or is not a folder\n", result.Stderr);
    }

    [Fact]
    public async Task A_folder_holding_no_package_says_so_instead_of_every_version_was_used()
    {
        var empty = Path.Combine(machine.Root, "empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);

        var result = await PopconCli.RunAsync("unused", "--db", machine.DatabasePath, empty);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nothing: no installed package found in the scanned folders; check the paths\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("every installed version was used", result.Stdout, StringComparison.Ordinal);
    }
}
