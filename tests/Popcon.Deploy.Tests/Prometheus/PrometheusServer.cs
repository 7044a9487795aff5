using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Prometheus;

/// <summary>
/// A real Prometheus on 127.0.0.1 with a free port, no scrape targets, the shipped rules, and
/// a temp TSDB backfilled with <see cref="SampleSeries"/>. Killed and deleted on dispose.
/// </summary>
public sealed class PrometheusServer : IAsyncLifetime
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan ReadyDeadline = TimeSpan.FromSeconds(60);

    private readonly string _dir = Path.Combine(
        Path.GetTempPath(), "popcon-deploy-prom-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _process;

    /// <summary>The base address of the running server.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var prometheus = Tools.Require("/usr/bin/prometheus", "prometheus");
        var promtool = Tools.Require("/usr/bin/promtool", "prometheus");
        Directory.CreateDirectory(_dir);
        await BackfillAsync(promtool);
        var config = WriteConfig();

        // A port picked free can be taken before Prometheus binds it: try a few.
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var port = FreePort.Next();
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            _process = Start(prometheus, config, port);
            if (await WaitReadyAsync())
            {
                return;
            }

            // Never leave a half-started server behind, whatever failed.
            await StopAsync();
        }

        throw new InvalidOperationException($"Prometheus did not become ready:\n{Log}");
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the next run uses a new one.
        }
    }

    /// <summary>Runs an instant query at the last sample's time and returns the JSON answer.</summary>
    public async Task<JsonDocument> QueryAsync(string promql)
    {
        var time = SampleSeries.EndTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var uri = new Uri(
            BaseAddress,
            $"api/v1/query?query={Uri.EscapeDataString(promql)}&time={time}");
        using var response = await _http.GetAsync(uri);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body);
    }

    private async Task BackfillAsync(string promtool)
    {
        var input = Path.Combine(_dir, "samples.om");
        await File.WriteAllTextAsync(input, SampleSeries.OpenMetrics());
        var result = await ProcessRunner.RunAsync(
            promtool,
            ["tsdb", "create-blocks-from", "openmetrics", input, Path.Combine(_dir, "data")]);
        Assert.True(result.ExitCode == 0, "promtool backfill failed\n" + result.Output);
    }

    private string WriteConfig()
    {
        // No scrape targets at all: the server only answers queries over the backfilled data
        // and loads the shipped recording rules.
        var rules = RepoFiles.PathOf("deploy", "prometheus", "rules.yml");
        var config = Path.Combine(_dir, "prometheus.yml");
        File.WriteAllText(config, $"global:\n  evaluation_interval: 1m\nrule_files:\n  - '{rules}'\n");
        return config;
    }

    private Process Start(string prometheus, string config, int port)
    {
        var info = new ProcessStartInfo(prometheus)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _dir,
        };
        info.ArgumentList.Add($"--config.file={config}");
        info.ArgumentList.Add($"--storage.tsdb.path={Path.Combine(_dir, "data")}");
        info.ArgumentList.Add($"--web.listen-address=127.0.0.1:{port}");
        info.ArgumentList.Add("--storage.tsdb.retention.time=40d");
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow + ReadyDeadline;
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                using var response = await _http.GetAsync(new Uri(BaseAddress, "-/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
