using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Doctor;

public sealed class WhenCheckingTheCollector(ProbeHookFixture hook) : IClassFixture<ProbeHookFixture>
{
    private Task<CliResult> Doctor(FakeCollector collector, params string[] extra) =>
        PopconCli.RunAsync(
            new[] { "doctor", "--hook", hook.HookPath, "--web", collector.Web.ToString() }.Concat(extra));

    [Fact]
    public async Task A_report_that_arrives_is_reported_as_ok()
    {
        await using var collector = await FakeCollector.StartAsync(startAt: 5);

        var result = await Doctor(collector, "--statsd", collector.Statsd);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(
            "result:    OK, the packet arrived: dotnet_popcon_reports_total went from 5 to 6.",
            result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, collector.Received);
    }

    [Fact]
    public async Task A_statsd_port_nobody_listens_on_is_named_with_its_fix()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var elsewhere = await FakeCollector.StartAsync();
        var closed = elsewhere.StatsdPort;
        await elsewhere.DisposeAsync();

        var result = await Doctor(collector, "--statsd", $"127.0.0.1:{closed}", "--wait", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"reason:    nothing listens for statsd on 127.0.0.1:{closed} (UDP)", result.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("fix:       pass --statsd with the address 'popcon serve' listens on", result.Stdout,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POPCON_DISABLE", "1", "unset POPCON_DISABLE where processes should report")]
    [InlineData("POPCON_EXCLUDE_PROCESSES", "popcon", "run doctor with POPCON_EXCLUDE_PROCESSES unset")]
    public async Task A_reporter_switched_off_in_this_environment_is_the_reason_given(
        string variable, string value, string fix)
    {
        await using var collector = await FakeCollector.StartAsync();

        // popcon's own hook, which reads these variables (the fixture's probe hook does not).
        var result = await PopconCli.RunAsync(
            ["doctor", "--web", collector.Web.ToString(), "--statsd", collector.Statsd, "--wait", "2"],
            new Dictionary<string, string?> { [variable] = value });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(0, collector.Received);
        Assert.Contains($"reason:    {variable}={value} is set here", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("fix:       " + fix, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_statsd_server_on_the_port_is_the_likely_reason()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var other = await FakeCollector.StartAsync(counting: false);

        var result = await Doctor(collector, "--statsd", other.Statsd, "--wait", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, other.Received);
        Assert.Contains("but " + collector.Web + "metrics did not count it", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("point at the same 'popcon serve'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_address_streaming_without_end_is_one_plain_line_and_a_bounded_read()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var endless = EndlessHttpServer.Start();

        var result = await PopconCli.RunAsync(
            "doctor", "--hook", hook.HookPath, "--web", endless.Uri.ToString(),
            "--statsd", collector.Statsd, "--wait", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{endless.Uri}metrics answered with more than 64 MiB", result.Stderr,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hook_that_breaks_the_process_is_the_reason_given()
    {
        await using var collector = await FakeCollector.StartAsync();

        var result = await PopconCli.RunAsync(
            ["doctor", "--hook", hook.HookPath, "--web", collector.Web.ToString(), "--statsd",
                collector.Statsd, "--wait", "1"],
            new Dictionary<string, string?> { ["PROBE_HOOK_MODE"] = "fail" });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reason:    the process with the hook loaded failed (exit code ", result.Stdout,
            StringComparison.Ordinal);
        Assert.Equal(0, collector.Received);
    }

    [Fact]
    public async Task A_missing_hook_is_said_before_anything_is_started()
    {
        await using var collector = await FakeCollector.StartAsync();

        var result = await PopconCli.RunAsync(
            "doctor", "--hook", "/nonexistent/Popcon.StartupHook.dll", "--web", collector.Web.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("hook:      missing at /nonexistent/Popcon.StartupHook.dll", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, collector.Received);
    }

    [Fact]
    public async Task A_loader_copied_without_its_reporter_is_said_before_anything_is_started()
    {
        await using var collector = await FakeCollector.StartAsync();
        using var directory = new TempDirectory();
        var loader = directory.File("Popcon.StartupHook.dll");
        await File.WriteAllBytesAsync(loader, [0x4d, 0x5a]);

        var result = await PopconCli.RunAsync("doctor", "--hook", loader, "--web", collector.Web.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"hook:      incomplete at {loader}: {directory.File("Popcon.Reporter.dll")} is missing",
            result.Stdout, StringComparison.Ordinal);
        Assert.Contains("fix:       rebuild or reinstall popcon, or copy the whole hook folder", result.Stdout,
            StringComparison.Ordinal);
        Assert.Equal(0, collector.Received);
    }

    [Fact]
    public async Task A_collector_web_address_that_does_not_answer_is_one_plain_line()
    {
        var result = await PopconCli.RunAsync("doctor", "--hook", hook.HookPath, "--web", "http://127.0.0.1:9/");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("popcon: nothing answers at http://127.0.0.1:9/metrics", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--statsd", "8125")]
    [InlineData("--statsd", "127.0.0.1:99999")]
    [InlineData("--web", "ftp://127.0.0.1/")]
    public async Task Bad_addresses_are_usage_errors(string option, string value)
    {
        var result = await PopconCli.RunAsync("doctor", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("popcon: ", result.Stderr, StringComparison.Ordinal);
    }
}
