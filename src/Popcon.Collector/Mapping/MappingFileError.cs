namespace Popcon.Collector.Mapping;

/// <summary>A problem at one line of a mapping file; <see cref="Exception.Message"/> says what
/// is wrong and what to change, without the file and line.</summary>
internal sealed class MappingFileError : Exception
{
    public MappingFileError()
    {
    }

    public MappingFileError(string message)
        : base(message)
    {
    }

    public MappingFileError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MappingFileError(long line, string message)
        : base(message)
    {
        Line = line;
    }

    public long Line { get; }
}
