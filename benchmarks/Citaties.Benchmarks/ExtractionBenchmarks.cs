using BenchmarkDotNet.Attributes;
using Citaties.Benchmarks.Baselines;
using Citaties.Benchmarks.Inputs;
using Citaties.Scanning;

namespace Citaties.Benchmarks;

/// <summary>
/// The core against its ceiling and its baselines, on each input, in one run: the bare anchor scan (the
/// practical ceiling), Extract, Lint with all rules, and the regex set a user would write.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Every input is cut to this many characters, so one run stays within minutes.</summary>
    public const int MaxChars = 2_000_000;

    private string text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = CorpusInputs.LawText;

    public static IEnumerable<string> Inputs => CorpusInputs.Names;

    [GlobalSetup]
    public void Setup() => text = CorpusInputs.Get(Input, MaxChars).Text;

    [Benchmark(Baseline = true, Description = "anchor scan")]
    public int AnchorScan()
    {
        var scanner = CitationExtractor.Default.Scanner;
        var span = text.AsSpan();
        var count = 0;
        var position = 0;
        while ((position = scanner.NextCandidate(span, position)) >= 0)
        {
            count++;
            position++;
        }

        return count;
    }

    [Benchmark(Description = "Extract")]
    public int Extract() => CitationFinder.Extract(text).Count;

    [Benchmark(Description = "Lint")]
    public int Lint() => CitationLinter.Lint(text).Diagnostics.Count;

    [Benchmark(Description = "regex set")]
    public int RegexSet() => RegexBaseline.CountMatches(text);
}
