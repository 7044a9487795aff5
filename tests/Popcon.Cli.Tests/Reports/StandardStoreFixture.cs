using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Reports;

/// <summary>One standard store per test class that reads it.</summary>
public sealed class StandardStoreFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public StandardStoreFixture()
    {
        DatabasePath = _directory.File("popcon.db");
        ReportStores.WriteStandard(DatabasePath);
    }

    public string DatabasePath { get; }

    public void Dispose() => _directory.Dispose();
}
