namespace Popcon.Collector.Tests.Support;

/// <summary>A fact skipped, saying why, where promtool is not installed.</summary>
public sealed class PromtoolFactAttribute : FactAttribute
{
    public PromtoolFactAttribute()
    {
        if (Promtool.Path is null)
        {
            Skip = "promtool is not on PATH; install it with 'apt-get install -y prometheus' to run this check";
        }
    }
}
