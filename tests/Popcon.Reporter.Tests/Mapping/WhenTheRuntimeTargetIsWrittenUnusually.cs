using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>
/// The target the host reads is the one runtimeTarget names (an object with a name, or in older
/// files the name as a string), wherever runtimeTarget stands in the file; a name no target
/// carries gives the host no assets at all. The index must pick the same target.
/// </summary>
public sealed class WhenTheRuntimeTargetIsWrittenUnusually
{
    private const string Libraries = """
        "libraries": {
          "Used/1.0.0": { "type": "package" },
          "Unused/2.0.0": { "type": "package" }
        }
        """;

    // The named target has no assets; another target does.
    private const string EmptyNamedTarget = """
        "targets": {
          "Named": {},
          "Other": { "Unused/2.0.0": { "runtime": { "lib/Unused.dll": {} } } }
        }
        """;

    // The named target comes second.
    private const string NamedTargetSecond = """
        "targets": {
          "Other": { "Unused/2.0.0": { "runtime": { "lib/Unused.dll": {} } } },
          "Named": { "Used/1.0.0": { "runtime": { "lib/Used.dll": {} } } }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_named_target_without_assets_indexes_nothing_wherever_runtimeTarget_stands(bool runtimeTargetFirst)
    {
        var index = Parse(runtimeTargetFirst, "{ \"name\": \"Named\" }", EmptyNamedTarget);

        Assert.Null(index.Find("Unused.dll"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_name_no_target_carries_indexes_nothing_wherever_runtimeTarget_stands(bool runtimeTargetFirst)
    {
        var index = Parse(runtimeTargetFirst, "{ \"name\": \"Missing\" }", NamedTargetSecond);

        Assert.Equal(0, index.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_runtimeTarget_written_as_a_plain_string_names_the_target(bool runtimeTargetFirst)
    {
        var index = Parse(runtimeTargetFirst, "\"Named\"", NamedTargetSecond);

        Assert.Equal("Used", index.Find("Used.dll")?.Id);
        Assert.Null(index.Find("Unused.dll"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_named_target_is_read_when_it_is_not_the_first(bool runtimeTargetFirst)
    {
        var index = Parse(runtimeTargetFirst, "{ \"name\": \"Named\" }", NamedTargetSecond);

        Assert.Equal("Used", index.Find("Used.dll")?.Id);
        Assert.Null(index.Find("Unused.dll"));
    }

    private static DepsIndex Parse(bool runtimeTargetFirst, string runtimeTarget, string targets)
    {
        var member = "\"runtimeTarget\": " + runtimeTarget;
        var json = runtimeTargetFirst
            ? "{ " + member + ", " + targets + ", " + Libraries + " }"
            : "{ " + targets + ", " + Libraries + ", " + member + " }";
        return DepsIndex.Parse(json, StringComparer.Ordinal);
    }
}
