namespace Popcon.Collector;

/// <summary>The collector could not start; the message names what is wrong and how to fix it.</summary>
public sealed class CollectorStartupException : Exception
{
    /// <summary>Creates an exception without a message.</summary>
    public CollectorStartupException()
    {
    }

    /// <summary>Creates an exception with a one-sentence message.</summary>
    public CollectorStartupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a one-sentence message and its cause.</summary>
    public CollectorStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
