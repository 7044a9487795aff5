using Popcon.Cli.Output;

namespace Popcon.Cli.Tests.Output;

public sealed class WhenParsingStatsdAddresses
{
    [Theory]
    [InlineData("127.0.0.1:8125", "127.0.0.1", 8125, "127.0.0.1:8125")]
    [InlineData("localhost:9125", "localhost", 9125, "localhost:9125")]
    [InlineData("[::1]:8125", "::1", 8125, "[::1]:8125")]
    public void Host_and_port_are_read_and_written_back(string text, string host, int port, string shown)
    {
        Assert.True(StatsdEndpoint.TryParse(text, out var endpoint));
        Assert.Equal(host, endpoint.Host);
        Assert.Equal(port, endpoint.Port);
        Assert.Equal(shown, endpoint.ToString());
    }

    [Theory]
    [InlineData("8125")]
    [InlineData("host:")]
    [InlineData(":8125")]
    [InlineData("host:0")]
    [InlineData("host:65536")]
    [InlineData("host:-1")]
    [InlineData("a b:8125")]
    public void Anything_else_is_refused(string text)
    {
        Assert.False(StatsdEndpoint.TryParse(text, out _));
    }
}
