namespace Popcon.Reporter;

/// <summary>How package and runtime identity travel on the statsd line.</summary>
public enum TagMode
{
    /// <summary>DogStatsD tags: <c>name:1|c|#package:id,version:v</c>. The default.</summary>
    DogStatsD,

    /// <summary>No tags: identity in the metric name, <c>name.id/v:1|c</c>.</summary>
    None,
}
