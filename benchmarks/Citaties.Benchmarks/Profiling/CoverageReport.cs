using Citaties.Benchmarks.Baselines;
using Citaties.Benchmarks.Inputs;
using Citaties.Model;

namespace Citaties.Benchmarks.Profiling;

/// <summary>
/// Citations per kind found by Extract and by the regex baseline, per input: a check that the baseline has
/// the coverage of the grammar (neither much weaker, which would flatter it, nor much stronger).
/// Run with <c>dotnet run -c Release --project benchmarks/Citaties.Benchmarks -- coverage</c>.
/// </summary>
public static class CoverageReport
{
    public static void Run(TextWriter output)
    {
        foreach (var name in new[] { CorpusInputs.LawText, CorpusInputs.CaseLaw, CorpusInputs.Handelingen, CorpusInputs.Seeds })
        {
            var text = CorpusInputs.Get(name, ExtractionBenchmarks.MaxChars).Text;
            var extracted = CitationFinder.Extract(text)
                .GroupBy(c => KindName(c.Kind))
                .ToDictionary(g => g.Key, g => g.Count());
            var matched = RegexBaseline.CountByKind(text);
            output.WriteLine($"input {name}");
            output.WriteLine($"  {"kind",-12}{"Extract",9}{"regex",9}");
            foreach (var kind in matched.Keys.Union(extracted.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                output.WriteLine($"  {kind,-12}{extracted.GetValueOrDefault(kind),9}{matched.GetValueOrDefault(kind),9}");
            }
        }
    }

    // The regex set is keyed by the kind names in camelCase (kamerstuk, euAct, officialId).
    private static string KindName(CitationKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
