using Popcon.Reporter.Mapping;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class IdentityTests
{
    [Theory]
    [InlineData("13.0.4", "13.0.4")]
    [InlineData("1.0", "1.0.0")]
    [InlineData("2", "2.0.0")]
    [InlineData("1.2.3.0", "1.2.3")]
    [InlineData("1.2.3.4", "1.2.3.4")]
    [InlineData("01.002.3", "1.2.3")]
    [InlineData("1.0.0-Beta.1+sha.abc", "1.0.0-beta.1")]
    [InlineData("15.2.401-servicing.26423.113", "15.2.401-servicing.26423.113")]
    [InlineData("weird version", "weird_version")]
    public void Versions_are_nuget_normalized_and_lower_cased(string raw, string expected)
    {
        Assert.Equal(expected, Identity.NormalizeVersion(raw));
    }

    [Theory]
    [InlineData("Newtonsoft.Json", "newtonsoft.json")]
    [InlineData(" Humanizer.Core ", "humanizer.core")]
    [InlineData("bad:id|with,#chars", "bad_id_with__chars")]
    public void Ids_are_lower_cased_and_cannot_break_a_statsd_line(string raw, string expected)
    {
        Assert.Equal(expected, Identity.NormalizeId(raw));
    }
}
