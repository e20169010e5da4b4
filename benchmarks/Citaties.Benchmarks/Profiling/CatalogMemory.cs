using Citaties.Catalog;

namespace Citaties.Benchmarks.Profiling;

/// <summary>
/// The managed memory the catalog keeps once loaded (`catalog-memory` command): the hand-kept entries, then the
/// register of BWB titles on top, each measured as the growth of the heap after a full collection. BenchmarkDotNet's
/// memory column counts what a load allocates, garbage included; this is what stays.
/// </summary>
internal static class CatalogMemory
{
    public static void Run(TextWriter output)
    {
        var before = Settled();
        var catalog = LawCatalog.NewDefaultLoader().Value;
        var handKept = Settled();
        catalog.FindByTitle("Spellingwet");
        var withRegister = Settled();
        GC.KeepAlive(catalog);

        output.WriteLine($"hand-kept entries: {(handKept - before) / 1024.0:N0} KB retained");
        output.WriteLine($"register of BWB titles: {(withRegister - handKept) / 1024.0:N0} KB retained ({catalog.Register!.Register.Count:N0} regulations)");
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
