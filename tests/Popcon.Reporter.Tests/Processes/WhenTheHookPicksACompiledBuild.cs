using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// The shipped hook on .NET 10: the loader, itself compiled ahead of time for .NET 10, finds
/// hook/net10.0-linux-x64/ and runs the reporter compiled there, so the runtime compiles none of
/// their methods.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenTheHookPicksACompiledBuild(PackagesAppFixture fixture)
{
    [Fact]
    public void The_report_arrives_and_the_jit_compiles_neither_the_loader_nor_the_reporter()
    {
        using var jit = JitList.RunCompiledHook(fixture.App);

        // The app's own Main is plain IL: seeing it listed proves the list is written at all.
        Assert.Contains(jit.Methods(), l => l.Contains("JIT compiled Program:", StringComparison.Ordinal));
        Assert.DoesNotContain(jit.Methods(), l => l.Contains("JIT compiled StartupHook:", StringComparison.Ordinal));
    }
}
