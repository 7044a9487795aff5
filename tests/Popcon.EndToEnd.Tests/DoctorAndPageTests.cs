using System.Globalization;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests;

/// <summary>
/// <c>popcon doctor</c> and the page, against the real hook and a real <c>popcon serve</c>: the two
/// places where an admin first checks that the chain works.
/// </summary>
public sealed class DoctorAndPageTests
{
    // doctor pointed at the collector's own statsd and web addresses, with a generous wait.
    private static Task<ProcessResult> DoctorAgainstAsync(CollectorProcess collector) =>
        ProcessRunner.RunAsync("dotnet",
        [
            RepoPaths.PopconDll, "doctor",
            "--statsd", collector.UdpEndPoint.ToString(),
            "--web", collector.WebAddress.ToString(),
            "--wait", "60",
        ]);

    [Fact]
    public async Task Doctor_says_the_packet_arrived_when_the_collector_listens()
    {
        using var temp = new TempDirectory();
        await using var collector = await CollectorProcess.StartAsync(temp.File("popcon.db"));

        var doctor = await DoctorAgainstAsync(collector);

        Assert.True(doctor.ExitCode == 0, doctor.ToString());
    }

    [Fact]
    public async Task Doctor_fails_with_a_reason_when_nothing_listens_for_statsd()
    {
        using var temp = new TempDirectory();
        await using var collector = await CollectorProcess.StartAsync(temp.File("popcon.db"));
        var closedPort = ClosedUdpPort.Find();

        var doctor = await ProcessRunner.RunAsync("dotnet",
        [
            RepoPaths.PopconDll, "doctor",
            "--statsd", "127.0.0.1:" + closedPort.ToString(CultureInfo.InvariantCulture),
            // The HOST:PORT form, as 'popcon serve --web' takes it.
            "--web", collector.WebAddress.Authority,
            "--wait", "3",
        ]);

        Assert.True(doctor.ExitCode == 1, doctor.ToString());
        Assert.Contains(closedPort.ToString(CultureInfo.InvariantCulture),
            doctor.StandardOutput + doctor.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_served_page_lists_packages_that_arrived_through_the_real_hook()
    {
        using var temp = new TempDirectory();
        await using var collector = await CollectorProcess.StartAsync(temp.File("popcon.db"));

        // popcon itself is a .NET process; under its own hook it reports at least the runtime,
        // and the probe below makes the page's report counter move.
        var doctor = await DoctorAgainstAsync(collector);
        Assert.True(doctor.ExitCode == 0, doctor.ToString());

        using var http = new HttpClient { BaseAddress = collector.WebAddress };
        var page = "";
        for (var attempt = 0; attempt < 100 && !page.Contains("microsoft.netcore.app", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(200);
            page = await http.GetStringAsync("/");
        }

        Assert.Contains("microsoft.netcore.app", page, StringComparison.Ordinal);
        Assert.Contains("<table", page, StringComparison.Ordinal);
    }
}
