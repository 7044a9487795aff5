namespace Popcon.Reporter.Tests.Infrastructure;

/// <summary>What a finished process left behind.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
