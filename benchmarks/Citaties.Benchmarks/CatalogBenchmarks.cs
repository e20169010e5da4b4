using BenchmarkDotNet.Attributes;
using Citaties.Catalog;
using Citaties.Catalog.Register;

namespace Citaties.Benchmarks;

/// <summary>
/// What the catalog costs to load: the hand-kept JSON entries alone (what every caller that resolves anything
/// pays), the register of BWB titles alone (what a lookup the hand-kept entries cannot answer adds, once per
/// process), both with the first lookup that needs the register, and a lookup on a warm catalog. Each load starts
/// from a fresh loader, so nothing is cached between invocations.
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private LawCatalog warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        warm = LawCatalog.NewDefaultLoader().Value;
        warm.FindByTitle("Spellingwet");
    }

    [Benchmark(Baseline = true, Description = "hand-kept entries (JSON)")]
    public LawCatalog LoadHandKept() => LawCatalog.NewDefaultLoader().Value;

    [Benchmark(Description = "register of BWB titles")]
    public object LoadRegister() => BwbTitleRegister.ReadEmbedded();

    [Benchmark(Description = "both + first register lookup")]
    public LawEntry? LoadBothAndLookUp() => LawCatalog.NewDefaultLoader().Value.FindByTitle("Spellingwet").Entry;

    [Benchmark(Description = "register lookup, warm")]
    public LawEntry? LookUpWarm() => warm.FindByTitle("Besluit risico's zware ongevallen 1999").Entry;
}
