namespace Popcon.Deploy.Tests.Mapping;

public sealed class WhenPatternsAreCheckedForPortability
{
    [Theory]
    [InlineData(@"^a(?=b)$")]
    [InlineData(@"^a(?!b)$")]
    [InlineData(@"^(?<=a)b$")]
    [InlineData(@"^(?<!a)b$")]
    [InlineData(@"^(?>ab)$")]
    [InlineData(@"^(a)\1$")]
    [InlineData(@"^(?<id>a)\k<id>$")]
    [InlineData(@"^\d+$")]
    [InlineData(@"^[\w.]+$")]
    [InlineData(@"^a++$")]
    [InlineData(@"^a\Z")]
    public void Constructs_outside_the_shared_subset_are_reported(string pattern)
    {
        Assert.NotEmpty(PortableRegex.Violations(pattern));
    }

    [Theory]
    [InlineData(@"^dotnet_popcon\.package_used\.([^/]+)/([^/]+)$")]
    [InlineData(@"^python_popcon\.namespace\.(.+?)\.library_used\.(.+)$")]
    [InlineData(@"^(?:a|b)[+*?]\+$")]
    [InlineData(@"^[]a]$")]
    public void Patterns_inside_the_shared_subset_pass(string pattern)
    {
        Assert.Empty(PortableRegex.Violations(pattern));
    }

    [Theory]
    [InlineData("$1", 1)]
    [InlineData("${1}_$2", 1)]
    [InlineData("${1}", 0)]
    [InlineData("cost $$ ${2}", 0)]
    public void Bare_template_references_are_reported(string template, int expected)
    {
        Assert.Equal(expected, PortableRegex.BareTemplateReferences(template).Count);
    }
}
