using BenchmarkDotNet.Attributes;

namespace Popcon.Benchmarks.Collector;

/// <summary>The body of GET /metrics (snapshot under the lock, sort, write) by series count.</summary>
[MemoryDiagnoser]
public class MetricsWriterBenchmarks
{
    private CollectorParts? _parts;

    [Params(1_000, 10_000, 100_000)]
    public int Series { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parts = new CollectorParts();
        _parts.AddPackageSeries(Series);
        if (_parts.Table.Count != Series)
        {
            throw new InvalidOperationException($"{_parts.Table.Count} series, expected {Series}");
        }
    }

    [Benchmark]
    public int WriteMetrics() => _parts!.WriteMetrics().Length;
}
