namespace Popcon.Reporter.Tests.Processes;

/// <summary>PackagesApp on a real .NET 8 runtime.</summary>
public sealed class SelfContainedNet8Fixture() : SelfContainedFixture("net8.0");
