namespace Popcon.Collector.Reports;

/// <summary>
/// A report could not be made for a reason the user can act on (no database, not a popcon
/// database, collector unreachable). The message is one plain sentence, shown as is.
/// </summary>
public sealed class ReportException : Exception
{
    /// <summary>Creates the exception with its user-facing message.</summary>
    public ReportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its user-facing message and the underlying cause.</summary>
    public ReportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ReportException()
        : base("the report could not be made")
    {
    }
}
