namespace Popcon.Cli.Output;

/// <summary>The command was called wrong in a way the parser cannot see; exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
