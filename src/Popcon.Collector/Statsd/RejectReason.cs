namespace Popcon.Collector.Statsd;

/// <summary>Why a line or one of its samples was refused; the label value of
/// <c>popcon_collector_lines_rejected_total{reason}</c>.</summary>
internal enum RejectReason
{
    LineTooLong,
    InvalidUtf8,
    MalformedLine,
    MixedTaggingStyles,
    InvalidSignalFxTags,
    NotEnoughPartsAfterColon,
    InvalidExtendedAggregateType,
    MalformedComponent,
    MalformedValue,
    InvalidSampleFactor,
    MalformedContainerId,
    IllegalEvent,
    IllegalNegativeCounter,
    EmptyMetricName,
    ReservedName,
}
