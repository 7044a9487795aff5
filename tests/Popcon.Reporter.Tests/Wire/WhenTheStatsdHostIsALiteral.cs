using System.Net;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests.Wire;

public sealed class WhenTheStatsdHostIsALiteral
{
    [Theory]
    [InlineData("127.0.0.1", new byte[] { 127, 0, 0, 1 })]
    [InlineData("0.0.0.0", new byte[] { 0, 0, 0, 0 })]
    [InlineData("255.255.255.255", new byte[] { 255, 255, 255, 255 })]
    [InlineData("10.20.30.40", new byte[] { 10, 20, 30, 40 })]
    public void A_canonical_ipv4_literal_is_read_without_system_net(string host, byte[] expected)
    {
        Assert.Equal(expected, Ipv4Literal.Parse(host));
    }

    [Theory]
    [InlineData("")]
    [InlineData("127.0.0")]
    [InlineData("127.0.0.1.")]
    [InlineData("127.0.0.1.5")]
    [InlineData("127..0.1")]
    [InlineData("256.0.0.1")]
    [InlineData("127.000.0.1")]
    [InlineData("01.2.3.4")]
    [InlineData("[127.0.0.1]")]
    [InlineData("::1")]
    [InlineData("host.invalid")]
    public void Any_other_spelling_is_left_to_the_framework_parser(string host)
    {
        Assert.Null(Ipv4Literal.Parse(host));
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1:8125")]
    [InlineData("localhost", "127.0.0.1:8125")]
    [InlineData("127.000.0.1", "127.0.0.1:8125")]
    [InlineData("[127.0.0.1]", "127.0.0.1:8125")]
    [InlineData("::1", "[::1]:8125")]
    [InlineData("[::1]", "[::1]:8125")]
    public void Every_literal_spelling_yields_the_same_endpoint_as_before(string host, string expected)
    {
        var endpoint = StatsdEndpoint.Create(host, 8125, _ => throw new InvalidOperationException("no DNS"));

        Assert.True(endpoint.IsKnown);
        Assert.Equal(IPEndPoint.Parse(expected), endpoint.Address);
        Assert.Equal(expected, endpoint.Describe());
    }
}
