using System.Diagnostics;
using Popcon.Reporter.Tests.Infrastructure;
using Popcon.Reporter.Tests.Processes;

namespace Popcon.Reporter.Tests.Faults;

/// <summary>
/// POPCON_SELFLOG naming a file whose open never returns (a FIFO nobody reads, like a hung network
/// mount) must not hold the host: the self-log is written off the host's threads.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheSelfLogCannotBeWritten(PackagesAppFixture fixture)
{
    [Theory]
    [InlineData("reporting")]
    [InlineData("switched off")]
    public void A_fifo_nobody_reads_neither_hangs_nor_changes_the_host(string mode)
    {
        using var directory = new TempDirectory("selflog-fifo");
        var fifo = directory.Combine("selflog.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var listener = new StatsdListener();
        var environment = HookEnvironment.For(listener.Port, ("POPCON_SELFLOG", fifo));
        if (mode == "switched off")
        {
            environment["POPCON_DISABLE"] = "1";
        }

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Assert.Equal(mode == "reporting", listener.Drain().Count > 0);
    }
}
