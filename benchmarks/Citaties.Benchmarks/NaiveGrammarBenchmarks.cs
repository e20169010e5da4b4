using BenchmarkDotNet.Attributes;
using Citaties.Benchmarks.Baselines;
using Citaties.Benchmarks.Inputs;

namespace Citaties.Benchmarks;

/// <summary>
/// Extract against running the grammar at every word start. The naive baseline is so slow that it gets a
/// shorter piece of each input; throughput (MB/s) is what is compared.
/// </summary>
[MemoryDiagnoser]
public class NaiveGrammarBenchmarks
{
    public const int MaxChars = 100_000;

    private string text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = CorpusInputs.CaseLaw;

    public static IEnumerable<string> Inputs => new[] { CorpusInputs.LawText, CorpusInputs.CaseLaw, CorpusInputs.Handelingen };

    [GlobalSetup]
    public void Setup() => text = CorpusInputs.Get(Input, MaxChars).Text;

    [Benchmark(Baseline = true, Description = "Extract")]
    public int Extract() => CitationFinder.Extract(text).Count;

    [Benchmark(Description = "grammar at every word")]
    public int NaiveGrammar() => NaiveGrammarBaseline.CountMatches(text);
}
