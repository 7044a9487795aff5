using System.Globalization;
using System.Text.Json;
using Popcon.EndToEnd.Tests.Environments.Support;
using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments;

/// <summary>
/// The Python side: Debian's python3-statsd client (the system Python, /usr/bin/python3, where
/// the Debian package installs) sending the lines python-popularity-contest sends, batched by a
/// statsd pipeline into one datagram.
/// </summary>
public sealed class FromThePythonReporter : IClassFixture<SharedCollector>
{
    private const string Library = "python_popcon_library_used";
    private readonly SharedCollector _collector;

    public FromThePythonReporter(SharedCollector collector) => _collector = collector;

    [Fact]
    public async Task Library_lines_from_one_pipeline_datagram_count_each_dist_whole_dots_included()
    {
        var usage = await SendAsync("library", "zope.interface", "requests", "ruamel.yaml.clib");

        Assert.Equal(
            new Dictionary<string, double>
            {
                ["python_popcon_library_used{library=\"requests\"}"] = 1,
                ["python_popcon_library_used{library=\"ruamel.yaml.clib\"}"] = 1,
                ["python_popcon_library_used{library=\"zope.interface\"}"] = 1,
                ["python_popcon_reports{}"] = 1,
            },
            PythonSeries(usage));

        // Four lines arrived in one datagram (plus the test's own marker datagram and line).
        Assert.True(usage.Sum("popcon_collector_packets_total") == 2, usage.ToString());
        Assert.True(usage.Sum("popcon_collector_lines_total") == 5, usage.ToString());
    }

    [Fact]
    public async Task Namespaced_library_lines_carry_the_namespace_label()
    {
        var usage = await SendAsync("namespace", "jupyterhub", "zope.interface", "numpy");

        Assert.Equal(
            new Dictionary<string, double>
            {
                ["python_popcon_library_used{library=\"numpy\",namespace=\"jupyterhub\"}"] = 1,
                ["python_popcon_library_used{library=\"zope.interface\",namespace=\"jupyterhub\"}"] = 1,
                ["python_popcon_reports{}"] = 1,
            },
            PythonSeries(usage));
    }

    [Fact]
    public async Task Imported_package_lines_of_older_releases_keep_their_own_metric()
    {
        var usage = await SendAsync("imported", "zope", "yaml");

        Assert.Equal(
            new Dictionary<string, double>
            {
                ["python_popcon_imported_package{package=\"yaml\"}"] = 1,
                ["python_popcon_imported_package{package=\"zope\"}"] = 1,
                ["python_popcon_reports{}"] = 1,
            },
            PythonSeries(usage));
        Assert.Empty(usage.Series(Library));
    }

    [Fact]
    public async Task Popcon_report_over_the_store_lists_a_dotted_dist_as_one_library()
    {
        // A dist no other test sends, so its count does not depend on test order.
        const string dist = "popcon.e2e.report_probe";
        await SendAsync("library", dist);

        // The collector writes its store about once a second: poll the report until the row is
        // there. The deadline guards against a hang; it measures nothing.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string[] arguments =
        [
            RepoPaths.PopconDll, "report", "--db", _collector.DatabasePath, "--all",
            "--metric", Library, "--by", "library", "--match", dist, "--format", "json",
        ];
        while (true)
        {
            var report = await ProcessRunner.RunAsync("dotnet", arguments);
            Assert.True(report.ExitCode == 0, report.ToString());
            using var document = JsonDocument.Parse(report.StandardOutput);
            var rows = document.RootElement.GetProperty("libraries").EnumerateArray().ToList();
            if (rows.Count > 0)
            {
                var row = Assert.Single(rows);
                Assert.Equal(dist, row.GetProperty("library").GetString());
                Assert.Equal(1, row.GetProperty("processes").GetInt64());
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "never stored:\n" + report);
            await Task.Delay(200);
        }
    }

    private static Dictionary<string, double> PythonSeries(UsageDelta usage) => usage.Grown
        .Where(s => s.Key.Name.StartsWith("python_popcon", StringComparison.Ordinal))
        .ToDictionary(s => s.Key.ToString(), s => s.Value);

    private async Task<UsageDelta> SendAsync(string shape, params string[] names)
    {
        const string python = "/usr/bin/python3";
        var script = Path.Combine(FixtureFiles.Root, "Python", "send_popcon.py");
        var endpoint = _collector.Collector.UdpEndPoint;
        string[] arguments =
        [
            script, endpoint.Address.ToString(),
            endpoint.Port.ToString(CultureInfo.InvariantCulture), shape, .. names,
        ];

        return await _collector.MeasureAsync(async () =>
        {
            var result = await ProcessRunner.RunAsync(python, arguments);
            Assert.True(result.ExitCode == 0,
                "python3-statsd missing? run scripts/install-test-deps.sh\n" + result);
        });
    }
}
