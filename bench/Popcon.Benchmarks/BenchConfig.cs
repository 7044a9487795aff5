using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Popcon.Benchmarks;

/// <summary>The two ways the benchmarks run: recorded (bench/run-all.sh) and smoke (tests).</summary>
internal static class BenchConfig
{
    /// <summary>A short but real job: 3 warmups, 10 measured iterations of 250 ms, in this process
    /// (the emit toolchain): no generated project to build, which on a small shared machine takes
    /// minutes, and the same JIT and GC settings as a separate process would get.</summary>
    public static IConfig Full() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Recorded"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(JsonExporter.Full);

    /// <summary>Each benchmark once, in this process, from whatever build the tests made.</summary>
    public static IConfig Smoke() => ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(JsonExporter.Full)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
