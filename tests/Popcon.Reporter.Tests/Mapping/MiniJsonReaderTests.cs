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
        Assert.Equal([("k", expected)], Members("{\"k\": " + json + "}"));
    }

    [Fact]
    public void Members_after_escaped_strings_and_skipped_values_keep_their_places()
    {
        var members = Members("""
            {"a\tb": "x", "c": ["d\"", "e", {"f": [1, -2.5e3, true, false, null]}], "g": {"h": {}}, "i": "j"}
            """);

        Assert.Equal([("a\tb", "x"), ("c", null), ("g", null), ("i", "j")], members);
    }

    [Fact]
    public void Nested_objects_are_walked_member_by_member()
    {
        var reader = new MiniJsonReader("""{"outer": {"first": 1, "inner": {"deep": "yes"}}, "after": "z"}""");
        var seen = new List<string>();

        reader.BeginObject();
        while (reader.NextProperty(out var name))
        {
            seen.Add(name);
            if (!reader.TryBeginObject())
            {
                continue;
            }

            while (reader.NextProperty(out var inner))
            {
                seen.Add(inner + "=" + (reader.ReadStringOrSkip() ?? "(skipped)"));
            }
        }

        reader.End();
        Assert.Equal(["outer", "first=(skipped)", "inner=(skipped)", "after"], seen);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("\"unterminated after escape \\n")]
    [InlineData("\"bad escape \\x\"")]
    public void Broken_strings_are_format_errors(string json)
    {
        Assert.Throws<FormatException>(() => Members("{\"k\": " + json + "}"));
    }

    [Theory]
    [InlineData("{\"a\": [1, }")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": {\"b\" 1}}")]
    [InlineData("{\"a\": 1 \"b\": 2}")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": 1} trailing")]
    [InlineData("[\"not an object\"]")]
    public void Malformed_text_in_read_or_skipped_values_is_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => Members(json));
    }

    [Fact]
    public void Skipped_values_nested_a_hundred_thousand_deep_are_read_past_as_the_host_reads_them()
    {
        var levels = 100_000;
        var open = string.Concat(Enumerable.Repeat("[{\"k\": ", levels / 2));
        var close = string.Concat(Enumerable.Repeat("}]", levels / 2));
        var deep = "{\"a\": " + open + "[1, \"x\", {}]" + close + ", \"b\": \"after\"}";

        Assert.Equal([("a", null), ("b", "after")], Members(deep));
    }

    [Theory]
    [InlineData("{\"k\": [1, 2}")]
    [InlineData("{\"k\": {\"a\": 1]}")]
    [InlineData("[{\"k\" 1}]")]
    [InlineData("[[[[1]]]")]
    public void Deeply_nested_skipped_values_still_have_their_syntax_checked(string inner)
    {
        var json = "{\"a\": " + new string('[', 200) + inner + new string(']', 200) + "}";

        Assert.Throws<FormatException>(() => Members(json));
    }

    private static List<(string Name, string? Value)> Members(string json)
    {
        var reader = new MiniJsonReader(json);
        var members = new List<(string, string?)>();
        reader.BeginObject();
        while (reader.NextProperty(out var name))
        {
            members.Add((name, reader.ReadStringOrSkip()));
        }

        reader.End();
        return members;
    }
}
