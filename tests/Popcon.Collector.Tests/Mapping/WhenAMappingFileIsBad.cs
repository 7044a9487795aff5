using Microsoft.Extensions.Logging.Abstractions;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Mapping;

public sealed class WhenAMappingFileIsBad
{
    [Theory]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  matchh: b\n", 4, "'matchh' is not a mapping key")]
    [InlineData("mappings:\n- match: a..b\n  name: a\n", 2, "'match: a..b' is not a valid glob")]
    [InlineData("mappings:\n- match: a.b*\n  name: a\n", 2, "each part whole or a single '*'")]
    [InlineData("mappings:\n- match: '(a'\n  match_type: regex\n  name: a\n", 2, "is not a valid regex")]
    [InlineData("mappings:\n- match: '(a)\\1'\n  match_type: regex\n  name: a\n", 2, "a regex feature RE2 lacks")]
    [InlineData("mappings:\n- match: '^a[[:digit:]]+'\n  match_type: regex\n  name: a\n", 2, "uses a POSIX character class")]
    [InlineData("mappings:\n- match: a.*\n  labels:\n    x: $1\n", 2, "the mapping has no 'name'")]
    [InlineData("mappings:\n- name: a\n", 2, "the mapping has no 'match'")]
    [InlineData("mappings:\n- match: a.*\n  name: a-b\n", 2, "'name: a-b' is not a valid metric name")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  labels:\n    1bad: x\n", 5, "'1bad' is not a valid label name")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  labels:\n    __x: y\n", 5, "'__x' is not a valid label name")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  action: keep\n", 2, "'action: keep' is unknown: use map or drop")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  match_type: exact\n", 2, "'match_type: exact' is unknown")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  match_metric_type: timer\n", 2, "use counter, gauge or observer")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  honor_labels: yes please\n", 4, "must be true or false")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  scale: big\n", 4, "must be a number")]
    [InlineData("mappings:\n- match: a.*\n  name: a\n  scale: -1\n", 4, "use a positive number")]
    [InlineData("defaults:\n  match_type: fuzzy\n", 2, "'match_type: fuzzy' is unknown")]
    [InlineData("defaults:\n  colour: red\n", 2, "'colour' is not a defaults key")]
    [InlineData("mapping:\n- match: a.*\n", 1, "'mapping' is not a top-level key: use defaults or mappings")]
    [InlineData("mappings:\n  match: a.*\n", 2, "'mappings' must be a list")]
    [InlineData("mappings:\n- match: 'a.*\n  name: a\n", 2, "it is not valid YAML")]
    [InlineData("mappings:\n- match: a.*\n\tname: a\n", 2, "it is not valid YAML")]
    public async Task Start_is_refused_naming_the_file_the_line_and_the_fix(string yaml, int line, string problem)
    {
        using var directory = new TempDirectory();
        var mappingFile = directory.File("mapping.yml");
        await File.WriteAllTextAsync(mappingFile, yaml);
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.MappingFile = mappingFile;

        var error = await Assert.ThrowsAsync<CollectorStartupException>(
            () => CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None));

        Assert.True(error.Message.StartsWith($"The mapping file {mappingFile} line {line}: ", StringComparison.Ordinal), error.Message);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(File.Exists(options.DatabasePath), "a refused start must not create the database");
    }

    [Fact]
    public async Task A_missing_file_is_refused_with_its_path()
    {
        using var directory = new TempDirectory();
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.MappingFile = directory.File("absent.yml");

        var error = await Assert.ThrowsAsync<CollectorStartupException>(
            () => CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None));

        Assert.StartsWith($"The mapping file {options.MappingFile} cannot be read", error.Message, StringComparison.Ordinal);
        Assert.Contains("--mapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_as_the_mapping_file_is_refused_as_a_folder()
    {
        using var directory = new TempDirectory();
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.MappingFile = directory.Path;

        var error = await Assert.ThrowsAsync<CollectorStartupException>(
            () => CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None));

        Assert.Equal(
            $"The mapping file {directory.Path} is a folder: pass --mapping the YAML file itself.",
            error.Message);
    }
}
