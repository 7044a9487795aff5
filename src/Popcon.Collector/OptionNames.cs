namespace Popcon.Collector;

/// <summary>The command-line spelling of each option, used in startup error messages.</summary>
internal static class OptionNames
{
    public const string StatsdUdp = "--statsd-udp";
    public const string StatsdTcp = "--statsd-tcp";
    public const string Web = "--web";
    public const string Database = "--db";
    public const string MappingFile = "--mapping";
    public const string FlushInterval = "--flush-interval";
    public const string MaxSeries = "--max-series";
    public const string MaxLabels = "--max-labels";
    public const string MaxLabelValueLength = "--max-label-value-length";
    public const string MaxLineLength = "--max-line-length";
    public const string RetentionDays = "--retention-days";
    public const string MinCount = "--min-count";
}
