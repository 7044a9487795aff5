namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>Reads received statsd lines the way the tests need them.</summary>
internal static class Report
{
    public static int Count(IEnumerable<string> lines, string line) => lines.Count(l => l == line);

    /// <summary>
    /// Asserts the lines are exactly one report: the runtime line, the report counter and each
    /// expected package line once, nothing else.
    /// </summary>
    public static void AssertExactlyOneReport(IReadOnlyList<string> lines, string selfLog, params string[] packageLines)
    {
        var ok = lines.Count(l => l.StartsWith("dotnet_popcon.reports_total:", StringComparison.Ordinal)) == 1
            && lines.Count(l => l.StartsWith("dotnet_popcon.runtime_used_total:", StringComparison.Ordinal)) == 1
            && packageLines.All(p => Count(lines, p) == 1)
            && lines.Count == lines.Distinct(StringComparer.Ordinal).Count()
            && lines.Count == packageLines.Length + 2;
        Assert.True(ok, "expected one report, got:\n" + string.Join("\n", lines) + "\nself-log:\n" + selfLog);
    }

    public const string Json = "dotnet_popcon.package_used_total:1|c|#package:newtonsoft.json,version:13.0.4";
    public const string Humanizer = "dotnet_popcon.package_used_total:1|c|#package:humanizer.core,version:3.0.10";
}
