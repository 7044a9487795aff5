namespace Popcon.Collector.Statsd;

/// <summary>Label values for <see cref="RejectReason"/>, in enum order.</summary>
internal static class RejectReasons
{
    public static readonly string[] Names =
    [
        "line_too_long",
        "invalid_utf8",
        "malformed_line",
        "mixed_tagging_styles",
        "invalid_signalfx_tags",
        "not_enough_parts_after_colon",
        "invalid_extended_aggregate_type",
        "malformed_component",
        "malformed_value",
        "invalid_sample_factor",
        "malformed_container_id",
        "illegal_event",
        "illegal_negative_counter",
        "empty_metric_name",
        "reserved_name",
    ];

    public static int Count => Names.Length;

    public static string Name(RejectReason reason) => Names[(int)reason];
}
