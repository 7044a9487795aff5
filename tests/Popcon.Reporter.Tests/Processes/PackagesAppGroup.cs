namespace Popcon.Reporter.Tests.Processes;

/// <summary>Test classes sharing one PackagesApp build.</summary>
[CollectionDefinition(Name)]
public sealed class PackagesAppGroup : ICollectionFixture<PackagesAppFixture>
{
    public const string Name = "PackagesApp";
}
