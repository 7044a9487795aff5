using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class MiniJsonReaderTests
{
    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"\"", "")]
    [InlineData("\"lib/net8.0/\\\"quoted\\\".dll\"", "lib/net8.0/\"quoted\".dll")]
    [InlineData("\"\\\\server\\\\share\"", "\\server\\share")]
    [InlineData("\"Z\\u00fcrich/1.0\"", "Zürich/1.0")]
    [InlineData("\"tail\\n\"", "tail\n")]
    public void Strings_read_the_same_with_and_without_escapes(string json, string expected)
    {
        Assert.Equal(expected, MiniJsonReader.Parse(json));
    }

    [Fact]
    public void Keys_and_values_after_an_escaped_string_keep_their_places()
    {
        var parsed = (Dictionary<string, object?>)MiniJsonReader.Parse("{\"a\\tb\": \"x\", \"c\": [\"d\\\"\", \"e\"]}")!;

        Assert.Equal("x", parsed["a\tb"]);
        Assert.Equal(["d\"", "e"], (List<object?>)parsed["c"]!);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("\"unterminated after escape \\n")]
    [InlineData("\"bad escape \\x\"")]
    public void Broken_strings_are_format_errors(string json)
    {
        Assert.Throws<FormatException>(() => MiniJsonReader.Parse(json));
    }
}
