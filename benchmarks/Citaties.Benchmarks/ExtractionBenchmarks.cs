using System.Buffers;
using BenchmarkDotNet.Attributes;
using Citaties.Benchmarks.Baselines;
using Citaties.Benchmarks.Inputs;
using Citaties.Scanning;

namespace Citaties.Benchmarks;

/// <summary>
/// The core against its ceilings and its baselines, on each input, in one run: the physical ceilings (one rare
/// character found with <c>IndexOf</c>, which runs at memory speed, and one <c>SearchValues&lt;string&gt;</c> over
/// eight anchor words), the bare anchor scan (the practical ceiling: Extract cannot be faster than finding its
/// candidates), Extract (on every core for a large text, as by default, and on one thread), Lint with all rules, and
/// the regex set a careful user would write.
/// </summary>
[MemoryDiagnoser]
// Extract runs thousands of small grammar methods, each compiled again by the tiered JIT as it gets hot: measured
// after three warm-up iterations it is still a third slower than after fifteen seconds, and the JIT's background
// work takes the second core from the parallel scan. Thirty warm-up iterations measure the steady state.
[WarmupCount(30)]
public class ExtractionBenchmarks
{
    /// <summary>Every input is cut to this many characters, so one run stays within minutes.</summary>
    public const int MaxChars = 2_000_000;

    // Eight of the anchor words, compared ignoring case as the scanner compares its anchors.
    private static readonly SearchValues<string> EightAnchors = SearchValues.Create(
        new[] { "artikel", "art.", "ECLI", "Kamerstuk", "Handelingen", "Stb.", "Stcrt.", "hierna" }, StringComparison.OrdinalIgnoreCase);

    private static readonly ExtractOptions OneThread = new() { Parallelism = 1 };

    private string text = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = CorpusInputs.LawText;

    public static IEnumerable<string> Inputs => CorpusInputs.Names;

    [GlobalSetup]
    public void Setup() => text = CorpusInputs.Get(Input, MaxChars).Text;

    [Benchmark(Description = "IndexOf rare char")]
    public int IndexOfRareCharacter() => CountAll(text.AsSpan(), span => span.IndexOf('\u00A7'));

    [Benchmark(Description = "SearchValues 8 anchors")]
    public int SearchValuesEightAnchors() => CountAll(text.AsSpan(), span => span.IndexOfAny(EightAnchors));

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

    [Benchmark(Description = "Extract, one thread")]
    public int ExtractOnOneThread() => CitationFinder.Extract(text, OneThread).Count;

    [Benchmark(Description = "Lint")]
    public int Lint() => CitationLinter.Lint(text).Diagnostics.Count;

    [Benchmark(Description = "regex set")]
    public int RegexSet() => RegexBaseline.CountMatches(text);

    private delegate int Search(ReadOnlySpan<char> span);

    private static int CountAll(ReadOnlySpan<char> span, Search search)
    {
        var count = 0;
        int found;
        while ((found = search(span)) >= 0)
        {
            count++;
            span = span.Slice(found + 1);
        }

        return count;
    }
}
