using Citaties.Catalog;
using Citaties.Catalog.Bwb;
using Citaties.Model;

namespace Citaties.Tests.Resolution;

/// <summary>
/// The BWB files of ../shared/corpus/bwb imported as a catalog layer: a resolved citation reaches the imported
/// article list and its version date, which CIT2002 (article not found) needs.
/// </summary>
[TestFixture]
public class ImportedCatalogResolutionTests
{
    private static LawCatalog ImportCorpus()
    {
        var folder = CorpusPaths.RequireCorpus("bwb");
        var imported = new BwbImporter().ImportFilesWithReport(new[] { folder });
        Assert.That(imported.Failures, Is.Empty);
        return LawCatalog.Default.Extend(imported.Catalog);
    }

    [Test]
    public void Artikel_125p_sv_resolves_to_the_imported_2012_text_that_lacks_it()
    {
        var catalog = ImportCorpus();

        var c = CitationFinder.Extract("artikel 125p Sv", new ExtractOptions { Catalog = catalog }).OfType<ArticleCitation>().Single();
        var entry = c.Law?.LawEntry;

        Assert.Multiple(() =>
        {
            Assert.That(entry, Is.Not.Null, "the reference carries the catalog entry");
            Assert.That(entry!.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(entry.Abbreviations, Does.Contain("Sv"), "the import keeps the embedded abbreviation");
            Assert.That(entry.Articles!.Select(a => a.Label), Does.Contain("125o"));
            Assert.That(entry.Articles!.Select(a => a.Label), Does.Not.Contain("125p"));
            // The older BWB format states no version date (its only dates are the empty isodatum of the 1921
            // signature), and the file name holds none: CIT2002 names the source file instead.
            Assert.That(entry.ArticlesAsOf, Is.Null);
            Assert.That(entry.Source, Is.EqualTo("BWBR0001903.xml"));
        });
    }

    [Test]
    public void Lint_options_carry_the_imported_catalog_to_the_citations()
    {
        var catalog = ImportCorpus();

        var c = CitationLinter.Lint("artikel 1:3 Awb", new Citaties.Rules.LintOptions { Extract = new ExtractOptions { Catalog = catalog } }).Citations.OfType<ArticleCitation>().Single();

        Assert.That(c.Law?.LawEntry?.Articles?.Select(a => a.Label), Does.Contain("1:3"));
    }
}
