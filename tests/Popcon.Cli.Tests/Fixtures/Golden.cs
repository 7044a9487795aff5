namespace Popcon.Cli.Tests.Fixtures;

/// <summary>Expected outputs kept as files under Golden/.</summary>
public static class Golden
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));
}
