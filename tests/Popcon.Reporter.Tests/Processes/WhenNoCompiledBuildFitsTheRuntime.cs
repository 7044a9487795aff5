using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Processes;

/// <summary>
/// A hook folder without the net*-linux-x64 builds (a platform or runtime popcon did not
/// compile for), or DOTNET_STARTUP_HOOKS naming the portable reporter directly: the portable IL
/// build runs and reports exactly what the compiled one does.
/// </summary>
[Collection(PackagesAppGroup.Name)]
public sealed class WhenNoCompiledBuildFitsTheRuntime(PackagesAppFixture fixture)
{
    [Fact]
    public void The_loader_falls_back_to_the_portable_reporter_which_sends_the_same_lines()
    {
        using var listener = new StatsdListener();
        using var portableOnly = HookCopy.Create("hook", withCompiledBuilds: false);
        using var jit = new JitList();
        var shipped = HookEnvironment.For(listener.Port);
        var fallback = jit.AddTo(HookEnvironment.For(listener.Port));
        fallback["DOTNET_STARTUP_HOOKS"] = portableOnly.Location;

        var shippedResult = fixture.App.Run(shipped);
        var shippedLines = listener.DrainLines();
        var fallbackResult = fixture.App.Run(fallback);
        var fallbackLines = listener.DrainLines();

        Assert.Equal(shippedResult, fallbackResult);
        Report.AssertExactlyOneReport(fallbackLines, HookEnvironment.SelfLogOf(fallback), Report.Json, Report.Humanizer);
        Assert.Equal(shippedLines.Order(StringComparer.Ordinal), fallbackLines.Order(StringComparer.Ordinal));
        // The reporter's methods were JIT-compiled: it was the portable build that ran.
        Assert.True(jit.ReporterMethodsCompiledFirstByTheJit().Count > 0, jit.Text());
    }

    [Fact]
    public void The_portable_reporter_named_directly_is_a_hook_by_itself_and_sends_the_same_lines()
    {
        using var listener = new StatsdListener();
        var shipped = HookEnvironment.For(listener.Port);
        var direct = HookEnvironment.For(listener.Port);
        direct["DOTNET_STARTUP_HOOKS"] = HookPath.Portable;

        var without = fixture.App.Run(environment: null);
        fixture.App.Run(shipped);
        var shippedLines = listener.DrainLines();
        var with = fixture.App.Run(direct);
        var directLines = listener.DrainLines();

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(directLines, HookEnvironment.SelfLogOf(direct), Report.Json, Report.Humanizer);
        Assert.Equal(shippedLines.Order(StringComparer.Ordinal), directLines.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("folder")]
    public void A_damaged_compiled_build_falls_back_to_the_portable_one(string damage)
    {
        using var listener = new StatsdListener();
        using var damaged = HookCopy.Create("hook", withCompiledBuilds: true);
        var compiled = Path.Combine(damaged.Directory, $"net{Environment.Version.Major}.0-linux-x64", "Popcon.Reporter.dll");
        File.Delete(compiled);
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(compiled, []);
                break;
            case "garbage":
                File.WriteAllBytes(compiled, [0x4d, 0x5a, 0x90, 0x00, 0x13, 0x37, 0xde, 0xad]);
                break;
            default:
                Directory.CreateDirectory(compiled);
                break;
        }

        var environment = HookEnvironment.For(listener.Port);
        environment["DOTNET_STARTUP_HOOKS"] = damaged.Location;

        var without = fixture.App.Run(environment: null);
        var with = fixture.App.Run(environment);

        Assert.Equal(without, with);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
    }
}
