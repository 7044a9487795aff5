namespace Popcon.Deploy.Tests.Support;

/// <summary>What a finished process left: its exit code and both output streams.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Everything the process printed, for assertion messages.</summary>
    public string Output => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
