using System.Text.Json;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Mapping;

/// <summary>
/// Applies mapping rules with Go's own regexp package (the RE2 engine statsd_exporter uses):
/// rules in order, first FindStringSubmatchIndex match wins, ExpandString for name and labels.
/// </summary>
internal static class GoRegexpMapper
{
    // The probe program: reads {rules, names} from the file named by its argument and prints,
    // per name, the mapped {name, labels} or null.
    private const string Program = """
        package main

        import (
            "encoding/json"
            "os"
            "regexp"
        )

        type rule struct {
            Match  string            `json:"match"`
            Name   string            `json:"name"`
            Labels map[string]string `json:"labels"`
        }

        type mapped struct {
            Name   string            `json:"name"`
            Labels map[string]string `json:"labels"`
        }

        func main() {
            var in struct {
                Rules []rule   `json:"rules"`
                Names []string `json:"names"`
            }
            data, err := os.ReadFile(os.Args[1])
            if err != nil {
                panic(err)
            }
            if err := json.Unmarshal(data, &in); err != nil {
                panic(err)
            }
            compiled := make([]*regexp.Regexp, len(in.Rules))
            for i, r := range in.Rules {
                compiled[i] = regexp.MustCompile(r.Match)
            }
            out := make([]*mapped, len(in.Names))
            for n, name := range in.Names {
                for i, r := range in.Rules {
                    m := compiled[i].FindStringSubmatchIndex(name)
                    if m == nil {
                        continue
                    }
                    labels := map[string]string{}
                    for k, v := range r.Labels {
                        labels[k] = string(compiled[i].ExpandString(nil, v, name, m))
                    }
                    out[n] = &mapped{string(compiled[i].ExpandString(nil, r.Name, name, m)), labels}
                    break
                }
            }
            if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
                panic(err)
            }
        }
        """;

    /// <summary>Maps each name with Go's regexp; null where no rule matches.</summary>
    public static async Task<IReadOnlyList<MappedMetric?>> MapAsync(
        StatsdMappingFile file, IReadOnlyList<string> names)
    {
        var go = Tools.Require("go", "golang-go");
        var dir = Directory.CreateTempSubdirectory("popcon-deploy-go-");
        try
        {
            var source = Path.Combine(dir.FullName, "probe.go");
            var input = Path.Combine(dir.FullName, "input.json");
            await File.WriteAllTextAsync(source, Program);
            var rules = file.Rules.Select(r => new { match = r.Match, name = r.Name, labels = r.Labels });
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { rules, names }));

            // Offline and with the installed toolchain only: the probe uses the standard library.
            var result = await ProcessRunner.RunAsync(
                go,
                ["run", source, input],
                new Dictionary<string, string?>
                {
                    ["GOPROXY"] = "off",
                    ["GOTOOLCHAIN"] = "local",
                    ["GOFLAGS"] = null,
                    ["GO111MODULE"] = "off",
                    // A cache of its own, so no HOME is needed and later runs reuse the build.
                    ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "popcon-deploy-gocache"),
                },
                dir.FullName,
                TimeSpan.FromMinutes(3));
            Assert.True(result.ExitCode == 0, result.Output);

            using var answer = JsonDocument.Parse(result.Stdout);
            return [.. answer.RootElement.EnumerateArray().Select(ToMetric)];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static MappedMetric? ToMetric(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null
            ? null
            : new MappedMetric(
                element.GetProperty("name").GetString()!,
                element.GetProperty("labels").EnumerateObject()
                    .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal));
}
