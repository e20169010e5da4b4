using BenchmarkDotNet.Attributes;
using Citaties.Benchmarks.Inputs;

namespace Citaties.Benchmarks;

/// <summary>
/// Where reading one text on every core starts to pay: Extract on one thread against Extract on all cores, on case
/// law cut to growing lengths. The automatic choice of <see cref="ExtractOptions.Parallelism"/> goes parallel from the
/// length where the second row wins clearly.
/// </summary>
[MemoryDiagnoser]
// Extract runs thousands of small grammar methods, each compiled again by the tiered JIT as it gets hot: measured
// after three warm-up iterations it is still a third slower than after fifteen seconds, and the JIT's background
// work takes the second core from the parallel scan. Thirty warm-up iterations measure the steady state.
[WarmupCount(30)]
public class ParallelExtractionBenchmarks
{
    private static readonly ExtractOptions OneThread = new() { Parallelism = 1 };
    private static readonly ExtractOptions EveryCore = new() { Parallelism = Environment.ProcessorCount };

    private string text = string.Empty;

    [Params(16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup() => text = CorpusInputs.Get(CorpusInputs.CaseLaw, Length).Text;

    [Benchmark(Baseline = true, Description = "one thread")]
    public int ExtractOnOneThread() => CitationFinder.Extract(text, OneThread).Count;

    [Benchmark(Description = "every core")]
    public int ExtractOnEveryCore() => CitationFinder.Extract(text, EveryCore).Count;
}
