using Citaties.Catalog;
using Citaties.Model;
using System.Collections.Concurrent;

namespace Citaties.Tests.Catalog.Register;

/// <summary>
/// The register is read only when a lookup needs it (the analyzer, inside the compiler, must not pay for it on every
/// run), once, however many threads ask at the same time.
/// </summary>
[TestFixture]
public class RegisterLoadingTests
{
    [Test]
    public void Text_whose_laws_the_hand_kept_entries_know_does_not_read_the_register()
    {
        var catalog = LawCatalog.NewDefaultLoader().Value;
        var options = new ExtractOptions { Catalog = catalog };

        var citations = CitationFinder.Extract(
            "Zie artikel 125p Sv, artikel 6:162 BW, artikel 3:4 van de Algemene wet bestuursrecht, Kamerstukken II 2019/20, 35 300, nr. 2 en ECLI:NL:HR:2016:162.",
            options);

        Assert.That(citations.OfType<ArticleCitation>().Select(a => a.Law?.Bwb), Has.All.Not.Null);
        Assert.That(catalog.Register!.IsLoaded, Is.False);
    }

    [Test]
    public void A_title_only_the_register_knows_reads_it()
    {
        var catalog = LawCatalog.NewDefaultLoader().Value;
        var options = new ExtractOptions { Catalog = catalog };

        var article = CitationFinder.Extract("Zie artikel 2 van de Spellingwet.", options).OfType<ArticleCitation>().Single();

        Assert.That(article.Law?.Bwb, Is.EqualTo("BWBR0018784"));
        Assert.That(catalog.Register!.IsLoaded, Is.True);
    }

    [Test]
    public void Parallel_first_lookups_read_one_register_and_share_its_entries()
    {
        var catalog = LawCatalog.NewDefaultLoader().Value;
        var registers = new ConcurrentBag<object>();
        var entries = new ConcurrentBag<LawEntry?>();
        using var start = new ManualResetEventSlim(false);

        var workers = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            start.Wait();
            entries.Add(catalog.FindByTitle(i % 2 == 0 ? "Spellingwet" : "Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk").Entry);
            entries.Add(catalog.FindByBwb("BWBR0018784").Entry);
            registers.Add(catalog.Register!.Register);
        })).ToArray();
        start.Set();
        Task.WaitAll(workers);

        Assert.That(registers.Distinct().Count(), Is.EqualTo(1));
        Assert.That(entries, Has.None.Null);
        Assert.That(entries.Distinct().Select(e => e!.Bwb), Is.EquivalentTo(new[] { "BWBR0018784", "BWBR0001833" }));
    }
}
