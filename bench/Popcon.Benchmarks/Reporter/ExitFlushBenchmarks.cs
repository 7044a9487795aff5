using BenchmarkDotNet.Attributes;

namespace Popcon.Benchmarks.Reporter;

/// <summary>
/// What the hook does when a process exits, by number of package assemblies loaded (plus 40
/// framework assemblies and the app's own): <see cref="ExitFlush"/> is all of it, the other two
/// are its parts. Sends go to a live loopback UDP port.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: GlobalCleanup disposes.
public class ExitFlushBenchmarks
{
    private SyntheticApp? _app;
    private LoopbackSink? _sink;

    [Params(10, 100, 1000)]
    public int Packages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _app = new SyntheticApp(Packages);
        _sink = new LoopbackSink();
        // A periodic flush has no exit budget: on a cold, busy machine the first exit flush of
        // 1,000 packages can pass its 200 ms and stop early, which says nothing about the setup.
        var lines = ExitPath.RecordAndFlush(_app, _sink.Port, atExit: false);
        if (lines != Packages + 2)
        {
            throw new InvalidOperationException($"exit flush sent {lines} lines, expected {Packages + 2}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sink?.Dispose();
        _app?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int ExitFlush() => ExitPath.RecordAndFlush(_app!, _sink!.Port);

    [Benchmark]
    public int MapOnly() => ExitPath.Classify(_app!);

    [Benchmark]
    public int FormatAndBatch() => ExitPath.FormatAndBatch(Packages);
}
#pragma warning restore CA1001
