namespace Popcon.Reporter.Tests.Processes;

/// <summary>PackagesApp on a real .NET 9 runtime.</summary>
public sealed class SelfContainedNet9Fixture() : SelfContainedFixture("net9.0");
