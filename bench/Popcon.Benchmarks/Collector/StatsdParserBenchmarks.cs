using BenchmarkDotNet.Attributes;
using Popcon.Collector.Statsd;

namespace Popcon.Benchmarks.Collector;

/// <summary>
/// The statsd line parser alone (a sink that only counts), per line; and the whole ingest of one
/// reporter datagram (parse, map through the cache, add to the series table), as a warm collector
/// does it.
/// </summary>
[MemoryDiagnoser]
public class StatsdParserBenchmarks
{
    private readonly CountingSink _sink = new();
    private StatsdLineParser? _parser;
    private CollectorParts? _parts;
    private byte[] _datagram = [];

    [GlobalSetup]
    public void Setup()
    {
        _parser = CollectorParts.NewParser();
        _parts = new CollectorParts();
        _datagram = StatsdLines.ReporterDatagram();
        _parts.Pipeline.ProcessDatagram(_datagram);
        if (_parts.Stored != 18)
        {
            throw new InvalidOperationException($"one datagram stored {_parts.Stored} samples, expected 18");
        }
    }

    [Benchmark]
    public long ParseTaggedLine()
    {
        _parser!.ParseLine(StatsdLines.Tagged, _sink);
        return _sink.Counters;
    }

    [Benchmark]
    public long ParsePlainLine()
    {
        _parser!.ParseLine(StatsdLines.Plain, _sink);
        return _sink.Counters;
    }

    [Benchmark]
    public long ParsePythonLine()
    {
        _parser!.ParseLine(StatsdLines.Python, _sink);
        return _sink.Counters;
    }

    [Benchmark]
    public long ParseGarbageLine()
    {
        _parser!.ParseLine(StatsdLines.Garbage, _sink);
        return _sink.Other;
    }

    /// <summary>18 lines: per line cost is this divided by 18.</summary>
    [Benchmark]
    public long IngestReporterDatagram()
    {
        _parts!.Pipeline.ProcessDatagram(_datagram);
        return _parts.Stored;
    }
}
