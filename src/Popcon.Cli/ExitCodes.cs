namespace Popcon.Cli;

/// <summary>
/// Process exit codes. Usage errors are kept apart from failures so scripts can tell "you called it
/// wrong" from "it could not do its job".
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
