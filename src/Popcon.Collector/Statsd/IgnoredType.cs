namespace Popcon.Collector.Statsd;

/// <summary>A well-formed statsd sample of a type popcon does not store.</summary>
internal enum IgnoredType
{
    Gauge,
    Timer,
    Histogram,
    Distribution,
    Set,
}
