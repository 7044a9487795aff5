namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>Where the built hook is: the test project references it, so it sits next to us.</summary>
internal static class HookPath
{
    public static string Location { get; } = Path.Combine(AppContext.BaseDirectory, "Popcon.Reporter.dll");

    public static string FixtureSource(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
