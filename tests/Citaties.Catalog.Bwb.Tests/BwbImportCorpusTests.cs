using Citaties.Model;
using Citaties.Tests;

namespace Citaties.Catalog.Bwb.Tests;

/// <summary>Imports the real BWB files of ../shared/corpus/bwb (skipped with a reason when the corpus is absent).</summary>
[TestFixture]
public class BwbImportCorpusTests
{
    private static readonly BwbImporter Importer = new();

    private static LawEntry ImportCorpusFile(params string[] parts)
    {
        var path = CorpusPaths.RequireCorpus(new[] { "bwb" }.Concat(parts).ToArray());
        var result = Importer.ReadFile(path);
        Assert.That(result.Law, Is.Not.Null, $"{path} gave no law: {string.Join("; ", result.Warnings)}");
        return result.Law!;
    }

    private static ArticleEntry Article(LawEntry law, string label) =>
        law.Articles!.Single(a => a.Label == label);

    [Test]
    public void Sv_2012_has_its_articles_in_order_with_125o_and_without_125p()
    {
        var sv = ImportCorpusFile("BWBR0001903.xml");
        var labels = sv.Articles!.Select(a => a.Label).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(sv.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(sv.Source, Is.EqualTo("BWBR0001903.xml"));
            // The 2012 text has 947 <artikel> elements; one (the Slotbepaling) has no number.
            Assert.That(labels, Has.Count.EqualTo(946));
            Assert.That(labels.Take(6), Is.EqualTo(new[] { "1", "2", "4", "5", "6", "7" }));
            Assert.That(labels, Does.Contain("125o"));
            Assert.That(labels, Does.Not.Contain("125p"), "125p came later than this 2012 text");
            Assert.That(labels, Does.Contain("509i bis"));
            Assert.That(labels.IndexOf("125n"), Is.EqualTo(labels.IndexOf("125o") - 1));
            Assert.That(labels.IndexOf("125o"), Is.LessThan(labels.IndexOf("126")));
            Assert.That(labels, Is.Unique);
        });
    }

    [Test]
    public void Sv_leden_counts_match_the_xml()
    {
        var sv = ImportCorpusFile("BWBR0001903.xml");

        Assert.Multiple(() =>
        {
            Assert.That(Article(sv, "1").Paragraphs, Is.EqualTo(0), "art. 1 is a single sentence without leden");
            Assert.That(Article(sv, "2").Paragraphs, Is.EqualTo(3));
            Assert.That(Article(sv, "125o").Paragraphs, Is.EqualTo(3));
            Assert.That(Article(sv, "552a").Paragraphs, Is.EqualTo(7));
        });
    }

    [Test]
    public void Sv_marks_article_11_vervallen_and_has_no_article_3_at_all()
    {
        var sv = ImportCorpusFile("BWBR0001903.xml");

        Assert.Multiple(() =>
        {
            // <artikel status="goed"><kop>...<nr>11</nr></kop><al><redactie type="vervanging">Vervallen.</redactie></al>
            Assert.That(Article(sv, "11").Repealed, Is.True);
            Assert.That(sv.Articles!.Where(a => a.Repealed).Select(a => a.Label), Is.EqualTo(new[] { "11" }));
            // Art. 83 and 320 only use the word "vervallen" in their text: not repealed.
            Assert.That(Article(sv, "83").Repealed, Is.False);
            Assert.That(Article(sv, "320").Repealed, Is.False);
            // Most repealed articles are simply absent from the 2012 text.
            Assert.That(sv.Articles!.Select(a => a.Label), Does.Not.Contain("3"));
        });
    }

    [Test]
    public void Sr_2012_has_no_repealed_article_and_article_77_that_mentions_vervallen_is_in_force()
    {
        var sr = ImportCorpusFile("BWBR0001854.xml");

        Assert.Multiple(() =>
        {
            Assert.That(sr.Bwb, Is.EqualTo("BWBR0001854"));
            Assert.That(sr.Articles, Has.Count.EqualTo(740));
            Assert.That(sr.Articles!.Take(5).Select(a => a.Label), Is.EqualTo(new[] { "1", "2", "3", "4", "4a" }));
            Assert.That(Article(sr, "1").Paragraphs, Is.EqualTo(2));
            Assert.That(Article(sr, "77").Paragraphs, Is.EqualTo(2));
            Assert.That(Article(sr, "77").Repealed, Is.False);
            Assert.That(sr.Articles!.Count(a => a.Repealed), Is.Zero, "the 2012 Sr text leaves repealed articles out instead of marking them");
        });
    }

    [Test]
    public void Awb_labels_keep_their_chapter_numbering_and_the_title_comes_from_the_intitule()
    {
        var awb = ImportCorpusFile("BWBR0005537.xml");

        Assert.Multiple(() =>
        {
            Assert.That(awb.Title, Is.EqualTo("Algemene wet bestuursrecht"));
            Assert.That(awb.Articles, Has.Count.EqualTo(499));
            Assert.That(awb.Articles!.Take(3).Select(a => a.Label), Is.EqualTo(new[] { "1:1", "1:2", "1:3" }));
            Assert.That(Article(awb, "1:3").Paragraphs, Is.EqualTo(4), "besluit, beschikking, beleidsregel, aanvraag");
            Assert.That(Article(awb, "4:81").Paragraphs, Is.EqualTo(2));
            Assert.That(Article(awb, "8:1").Paragraphs, Is.EqualTo(3));
            Assert.That(awb.Articles!.Select(a => a.Label), Is.Unique);
            Assert.That(awb.Articles!.Select(a => a.Label), Has.All.Match(@"^\d+:\d+[a-z]*$"));
        });
    }

    [Test]
    public void The_wetgeving_format_states_no_version_date_so_ArticlesAsOf_is_empty_with_a_warning()
    {
        var path = CorpusPaths.RequireCorpus("bwb", "BWBR0001854.xml");

        var result = Importer.ReadFile(path);
        var dated = new BwbImporter(new BwbImportOptions { FallbackVersionDate = "2012-01-01" }).ReadFile(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Kind, Is.EqualTo(BwbFileKind.Wetgeving));
            Assert.That(result.Law!.ArticlesAsOf, Is.Null);
            Assert.That(result.Warnings.Select(w => w.Message), Has.Some.Contains("states no version date"));
            Assert.That(result.Law.Title, Is.EqualTo("Wet van 3 maart 1881"), "no citeertitel in the file: the intitule");
            Assert.That(dated.Law!.ArticlesAsOf, Is.EqualTo("2012-01-01"));
        });
    }

    [Test]
    public void Toestand_of_the_Woo_gives_its_citeertitel_version_date_and_chapter_numbered_articles()
    {
        var woo = ImportCorpusFile("toestand", "bwb_toestand.xml");
        var labels = woo.Articles!.Select(a => a.Label).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(woo.Title, Is.EqualTo("Wet open overheid"));
            Assert.That(woo.Bwb, Is.EqualTo("BWBR0045754"));
            Assert.That(woo.ArticlesAsOf, Is.EqualTo("2022-05-01"));
            Assert.That(labels, Has.Count.EqualTo(112));
            Assert.That(labels[0], Is.EqualTo("1.1"));
            Assert.That(labels, Does.Contain("2.1"));
            Assert.That(labels, Is.Unique);
            // Article 10.2f is headed "Vervallen hoofdstuk 6": it repeals something else, it is not repealed.
            Assert.That(Article(woo, "10.2f").Repealed, Is.False);
            Assert.That(Article(woo, "10.2f").Paragraphs, Is.EqualTo(3));
        });
    }

    [Test]
    public void Toestand_with_status_vervallen_marks_the_article_repealed()
    {
        var regeling = ImportCorpusFile("toestand", "bwb_toestand_2.xml");

        Assert.Multiple(() =>
        {
            Assert.That(regeling.Title, Is.EqualTo("Rijkssubsidieregeling voor het algemeen maatschappelijk werk"));
            Assert.That(regeling.ArticlesAsOf, Is.EqualTo("1978-02-04"));
            Assert.That(Article(regeling, "43").Repealed, Is.True);
            Assert.That(regeling.Articles!.Where(a => a.Repealed).Select(a => a.Label), Is.EqualTo(new[] { "43" }));
            Assert.That(regeling.Articles, Has.Count.EqualTo(49));
        });
    }

    [TestCase("bwb_toestand.xml", "BWBR0045754", "2022-05-01")]
    [TestCase("bwb_toestand_2.xml", "BWBR0002365", "1978-02-04")]
    [TestCase("bwb_toestand_3.xml", "BWBR0003984", "1986-06-26")]
    [TestCase("bwb_toestand_4.xml", "BWBR0009127", "2000-12-24")]
    [TestCase("bwb_toestand_5.xml", "BWBR0008326", "2011-01-01")]
    public void Every_toestand_file_gives_a_plausible_article_list(string file, string bwb, string date)
    {
        var law = ImportCorpusFile("toestand", file);

        Assert.Multiple(() =>
        {
            Assert.That(law.Bwb, Is.EqualTo(bwb));
            Assert.That(law.ArticlesAsOf, Is.EqualTo(date));
            Assert.That(law.Title, Is.Not.Empty);
            Assert.That(law.Articles, Is.Not.Empty);
            Assert.That(law.Articles!.Select(a => a.Label), Is.Unique);
            Assert.That(law.Articles!.Select(a => a.Label), Has.All.Match(@"^[0-9IVXLC]+[0-9a-z.:]*( [a-z]+)?$"));
            Assert.That(law.Articles!.Select(a => a.Paragraphs), Has.All.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public void WTI_and_manifest_are_recognised_and_hold_no_law_text()
    {
        var wti = Importer.ReadFile(CorpusPaths.RequireCorpus("bwb", "toestand", "bwb_wti.xml"));
        var manifest = Importer.ReadFile(CorpusPaths.RequireCorpus("bwb", "toestand", "bwb_manifest.xml"));

        Assert.Multiple(() =>
        {
            Assert.That(wti.Kind, Is.EqualTo(BwbFileKind.WetstechnischeInformatie));
            Assert.That(wti.Law, Is.Null);
            Assert.That(wti.Metadata!.Bwb, Is.EqualTo("BWBR0045754"));
            Assert.That(wti.Metadata.Citeertitel, Is.EqualTo("Wet open overheid"));
            Assert.That(wti.Metadata.Abbreviations, Is.EqualTo(new[] { "Woo" }));
            Assert.That(manifest.Kind, Is.EqualTo(BwbFileKind.Manifest));
            Assert.That(manifest.Law, Is.Null);
            Assert.That(manifest.Warnings.Single().Message, Does.Contain("BWBR0045754").And.Contain("skipped"));
        });

        using var stream = File.OpenRead(CorpusPaths.RequireCorpus("bwb", "toestand", "bwb_wti.xml"));
        var error = Assert.Throws<BwbImportException>(() => Importer.Import(stream, "bwb_wti.xml"));
        Assert.That(error!.Message, Does.Contain("bwb_wti.xml").And.Contain("no law text"));
    }

    [Test]
    public void Importing_the_whole_corpus_gives_one_law_per_text_and_applies_the_WTI_abbreviation()
    {
        var oldFormat = CorpusPaths.RequireCorpus("bwb");
        var toestand = CorpusPaths.RequireCorpus("bwb", "toestand");

        var report = Importer.ImportFilesWithReport(new[] { oldFormat, toestand });

        Assert.That(report.Failures, Is.Empty, string.Join("\n", report.Failures.Select(f => f.Message)));
        var laws = report.Catalog.Laws;
        Assert.Multiple(() =>
        {
            Assert.That(report.Files, Has.Count.EqualTo(10));
            Assert.That(laws.Select(l => l.Bwb), Is.EqualTo(new[]
            {
                "BWBR0001854", "BWBR0001903", "BWBR0005537",
                "BWBR0045754", "BWBR0002365", "BWBR0003984", "BWBR0009127", "BWBR0008326",
            }));
            Assert.That(laws.Single(l => l.Bwb == "BWBR0045754").Abbreviations, Is.EqualTo(new[] { "Woo" }));
            Assert.That(report.Warnings.Select(w => w.ToString()), Has.Some.Contains("bwb_manifest.xml").And.Contains("skipped"));
        });

        foreach (var file in report.Files)
        {
            var law = file.Law;
            TestContext.Out.WriteLine(law is null
                ? $"{file.SourceName}: {file.Kind}, no law text"
                : $"{file.SourceName}: {law.Title} | {law.Bwb} | {law.ArticlesAsOf ?? "no date"} | {law.Articles!.Count} articles | {law.Articles.Count(a => a.Repealed)} repealed");
        }

        foreach (var warning in report.Warnings)
        {
            TestContext.Out.WriteLine("warning: " + warning);
        }
    }

    [Test]
    public void The_imported_corpus_survives_a_round_trip_through_catalog_json()
    {
        var catalog = Importer.ImportFiles(new[] { CorpusPaths.RequireCorpus("bwb"), CorpusPaths.RequireCorpus("bwb", "toestand") });

        using var buffer = new MemoryStream();
        CatalogJson.Write(buffer, catalog);
        buffer.Position = 0;
        var read = CatalogJson.Read(buffer, "round-trip");

        Assert.That(read.Laws, Has.Count.EqualTo(catalog.Laws.Count));
        for (var i = 0; i < catalog.Laws.Count; i++)
        {
            var (expected, actual) = (catalog.Laws[i], read.Laws[i]);
            Assert.Multiple(() =>
            {
                Assert.That(actual.Title, Is.EqualTo(expected.Title));
                Assert.That(actual.Bwb, Is.EqualTo(expected.Bwb));
                Assert.That(actual.Book, Is.EqualTo(expected.Book));
                Assert.That(actual.ArticlesAsOf, Is.EqualTo(expected.ArticlesAsOf));
                Assert.That(actual.Source, Is.EqualTo(expected.Source));
                Assert.That(actual.Abbreviations, Is.EqualTo(expected.Abbreviations));
                Assert.That(actual.Articles, Is.EqualTo(expected.Articles), "ArticleEntry is a record: equal by content");
            });
        }
    }

    /// <summary>
    /// The 2012 texts of Sr and Sv name themselves by an intitule only ("Wet van 3 maart 1881"; the Awb's ends in its
    /// citeertitel in brackets). Imported as a
    /// catalog layer, they replaced the embedded entries of their BWB ids with that intitule as title, so the laws were
    /// no longer found by the titles everyone cites them by.
    /// </summary>
    [TestCase("BWBR0001854.xml", "Wetboek van Strafrecht")]
    [TestCase("BWBR0001903.xml", "Wetboek van Strafvordering")]
    public void A_law_text_with_only_an_intitule_keeps_the_title_it_is_cited_by(string file, string title)
    {
        var report = Importer.ImportFilesWithReport(new[] { CorpusPaths.RequireCorpus("bwb", file) });
        var catalog = LawCatalog.Default.Extend(report.Catalog);
        var law = report.Catalog.Laws.Single();
        var article = CitationFinder.Extract($"artikel 1 van de {title}", new ExtractOptions { Catalog = catalog }).OfType<ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(law.Title, Is.EqualTo(title));
            Assert.That(catalog.FindByTitle(title).Entry?.Bwb, Is.EqualTo(law.Bwb));
            Assert.That(catalog.FindByTitle(title).Entry?.Articles, Is.Not.Null, "the imported article list comes with it");
            Assert.That(article.Law?.Bwb, Is.EqualTo(law.Bwb));
            Assert.That(report.Warnings.Select(w => w.Message), Has.Some.Contains("no citeertitel"));
        });
    }
}
