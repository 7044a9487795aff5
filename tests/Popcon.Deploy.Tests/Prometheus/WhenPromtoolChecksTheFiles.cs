using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Prometheus;

public sealed class WhenPromtoolChecksTheFiles
{
    private static readonly string Folder = RepoFiles.PathOf("deploy", "prometheus");

    [Fact]
    public async Task The_config_is_valid_and_finds_its_rule_file()
    {
        var result = await Promtool("check", "config", "prometheus.yml");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("1 rule files found", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_are_valid()
    {
        var result = await Promtool("check", "rules", "rules.yml");

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task The_rule_tests_prove_each_rule_on_sample_series()
    {
        var result = await Promtool("test", "rules", "rules_test.yml");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("SUCCESS", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_recording_rule_has_expected_values_in_the_rule_tests()
    {
        var records = RuleNames();
        var tested = YamlTree.AsList(TestFile()["tests"], "tests")
            .SelectMany(t => YamlTree.AsList(YamlTree.AsMap(t, "test")["promql_expr_test"], "exprs"))
            .Select(e => YamlTree.AsMap(e, "expr test"))
            .Where(e => YamlTree.AsList(e["exp_samples"], "exp_samples").Count > 0)
            .Select(e => (string)e["expr"]!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(records);
        Assert.All(records, record => Assert.Contains(record, tested));
    }

    [Fact]
    public async Task A_wrong_expected_value_fails_so_the_rule_tests_have_teeth()
    {
        var dir = Directory.CreateTempSubdirectory("popcon-deploy-rules-");
        try
        {
            File.Copy(Path.Combine(Folder, "rules.yml"), Path.Combine(dir.FullName, "rules.yml"));
            var tests = await File.ReadAllTextAsync(Path.Combine(Folder, "rules_test.yml"));
            await File.WriteAllTextAsync(
                Path.Combine(dir.FullName, "rules_test.yml"),
                tests.Replace("value: 2880", "value: 2881", StringComparison.Ordinal));

            var result = await ProcessRunner.RunAsync(
                Tools.Require("/usr/bin/promtool", "prometheus"),
                ["test", "rules", "rules_test.yml"],
                workingDirectory: dir.FullName);

            Assert.NotEqual(0, result.ExitCode);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static List<string> RuleNames()
    {
        var text = File.ReadAllText(Path.Combine(Folder, "rules.yml"));
        var rules = YamlTree.AsMap(YamlTree.Parse(text), "rules");
        return [.. YamlTree.AsList(rules["groups"], "groups")
            .SelectMany(g => YamlTree.AsList(YamlTree.AsMap(g, "group")["rules"], "rules"))
            .Select(r => (string)YamlTree.AsMap(r, "rule")["record"]!)];
    }

    private static IReadOnlyDictionary<string, object?> TestFile() => YamlTree.AsMap(
        YamlTree.Parse(File.ReadAllText(Path.Combine(Folder, "rules_test.yml"))), "rule tests");

    private static Task<ProcessResult> Promtool(params string[] arguments) =>
        ProcessRunner.RunAsync(
            Tools.Require("/usr/bin/promtool", "prometheus"), arguments, workingDirectory: Folder);
}
