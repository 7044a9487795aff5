namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>
/// The methods the runtime JIT-compiled in one process, as the runtime itself lists them with
/// <c>DOTNET_JitDisasmSummary</c> (.NET 7 and later, release runtimes included), one line each:
/// <c>   7: JIT compiled StartupHook:Initialize() [Tier0, IL size=118, code size=432]</c>.
/// </summary>
internal sealed class JitList : IDisposable
{
    private readonly TempDirectory _folder = new("jit");

    private string FilePath => _folder.Combine("jit.txt");

    /// <summary>Adds the variables that make the runtime write its list to this object's file.</summary>
    public Dictionary<string, string> AddTo(Dictionary<string, string> environment)
    {
        environment["DOTNET_JitStdOutFile"] = FilePath;
        environment["DOTNET_JitDisasmSummary"] = "1";
        return environment;
    }

    /// <summary>
    /// Runs <paramref name="app"/> with the shipped hook and this list on, asserts the report
    /// arrived whole and that the JIT compiled none of the reporter's methods; returns the list.
    /// </summary>
    public static JitList RunCompiledHook(FixtureApp app)
    {
        using var listener = new StatsdListener();
        var jit = new JitList();
        var environment = jit.AddTo(HookEnvironment.For(listener.Port));

        var result = app.Run(environment);

        Assert.Equal(0, result.ExitCode);
        Report.AssertExactlyOneReport(listener.DrainLines(), HookEnvironment.SelfLogOf(environment), Report.Json, Report.Humanizer);
        Assert.True(jit.ReporterMethodsCompiledFirstByTheJit().Count == 0, jit.Text());
        return jit;
    }

    /// <summary>Gets every line naming a compiled method.</summary>
    public IReadOnlyList<string> Methods()
    {
        return File.Exists(FilePath)
            ? File.ReadAllLines(FilePath).Where(l => l.Contains("JIT compiled ", StringComparison.Ordinal)).ToList()
            : [];
    }

    /// <summary>
    /// Gets the lines of methods of the reporter whose first code came from the JIT. A method
    /// that has ReadyToRun code can still be compiled again later, at Tier1, once it is called
    /// often enough (that depends on timing); such a tier-up is not a missing precompiled body.
    /// </summary>
    public IReadOnlyList<string> ReporterMethodsCompiledFirstByTheJit()
    {
        return Methods()
            .Where(l => l.Contains("Popcon.Reporter.", StringComparison.Ordinal) && !IsTierUp(l))
            .ToList();
    }

    /// <summary>Gets all lines, for failure messages.</summary>
    public string Text() => string.Join("\n", Methods());

    public void Dispose() => _folder.Dispose();

    // The tier sits first in the trailing bracket: "[Tier1, IL size=...]",
    // "[Instrumented Tier1, ...]", "[Tier1-OSR @0x2a, ...]".
    private static bool IsTierUp(string line)
    {
        var open = line.LastIndexOf('[');
        var tier = open < 0 ? string.Empty : line[(open + 1)..].Split(',')[0];
        return tier.StartsWith("Tier1", StringComparison.Ordinal)
            || tier.StartsWith("Instrumented Tier1", StringComparison.Ordinal);
    }
}
