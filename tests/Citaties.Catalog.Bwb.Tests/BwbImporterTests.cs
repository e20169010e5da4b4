using System.Text;
using static Citaties.Catalog.Bwb.Tests.BwbXml;

namespace Citaties.Catalog.Bwb.Tests;

/// <summary>Each format feature of the importer on a small hand-written document.</summary>
[TestFixture]
public class BwbImporterTests
{
    private static IEnumerable<string> Labels(LawEntry law) => law.Articles!.Select(a => a.Label);

    [Test]
    public void Wetgeving_articles_are_read_in_document_order_through_every_level_of_structure()
    {
        var xml = Wetgeving(
            "<boek><kop><nr>Eerste</nr><label>Boek</label></kop>" +
            "<titeldeel><kop><label>Titel</label><nr>I</nr></kop>" +
            Article("1") +
            "<afdeling><kop><nr>Eerste</nr><label>afdeeling</label></kop>" + Article("2", Leden(3)) +
            "<paragraaf><kop><label>§</label><nr>1</nr></kop>" + Article("2a", Leden(2)) + "</paragraaf></afdeling>" +
            "</titeldeel></boek>" +
            "<hoofdstuk><kop><label>Hoofdstuk</label><nr>2</nr></kop>" + Article("3") + "</hoofdstuk>");

        var law = Import(xml);

        Assert.Multiple(() =>
        {
            Assert.That(law.Bwb, Is.EqualTo("BWBR0000001"));
            Assert.That(law.Title, Is.EqualTo("Wet van 1 januari 2000"));
            Assert.That(law.Source, Is.EqualTo("test.xml"));
            Assert.That(Labels(law), Is.EqualTo(new[] { "1", "2", "2a", "3" }));
            Assert.That(law.Articles!.Select(a => a.Paragraphs), Is.EqualTo(new[] { 0, 3, 2, 0 }));
            Assert.That(law.Articles!.Select(a => a.Repealed), Has.All.False);
        });
    }

    [TestCase("125o", "125o")]
    [TestCase("1:3", "1:3")]
    [TestCase("4:81", "4:81")]
    [TestCase("2.1", "2.1")]
    [TestCase(" 12\n   a ", "12 a")]
    [TestCase("Artikel 7.", "7")]
    [TestCase("539<nadruk type=\"cur\">u</nadruk>", "539u")]
    [TestCase("509i bis", "509i bis")]
    [TestCase("I", "I")]
    public void Labels_are_the_law_s_own_numbers(string nr, string label)
    {
        var law = Import(Wetgeving(Article(nr)));

        Assert.That(Labels(law), Is.EqualTo(new[] { label }));
    }

    [Test]
    public void The_citeertitel_in_brackets_at_the_end_of_the_intitule_is_the_title()
    {
        var awb = Import(Wetgeving(Article("1:1"), "Wet van 4 juni 1992, houdende algemene regels van bestuursrecht (Algemene wet bestuursrecht)"));
        var publication = Import(Wetgeving(Article("1"), "Wet van 3 maart 1881 (Stb. 1881, 35)"));
        var lowercase = Import(Wetgeving(Article("1"), "Wet van 3 maart 1881 (zie hierna)"));

        Assert.Multiple(() =>
        {
            Assert.That(awb.Title, Is.EqualTo("Algemene wet bestuursrecht"));
            Assert.That(publication.Title, Is.EqualTo("Wet van 3 maart 1881 (Stb. 1881, 35)"));
            Assert.That(lowercase.Title, Is.EqualTo("Wet van 3 maart 1881 (zie hierna)"));
        });
    }

    [Test]
    public void Wetgeving_vervallen_is_the_redactie_mark_as_the_whole_body_or_the_heading()
    {
        var xml = Wetgeving(
            Article("1", "<al>\n   <redactie type=\"vervanging\">Vervallen.</redactie>\n  </al>") +
            Article("2", "<al>[Vervallen per 01-01-2013]</al>") +
            "<artikel status=\"goed\"><kop><label>Artikel</label><nr>3</nr><titel>[Vervallen per 01-07-2010]</titel></kop></artikel>" +
            Article("4", "<al>Het recht tot strafvordering vervalt en de zekerheid wordt vervallen verklaard.</al>") +
            Article("5", Leden(1) + "<lid><lidnr>2</lidnr><al><redactie type=\"vervanging\">Vervallen.</redactie></al></lid>") +
            Article("6", "<al>vervallen;</al>") +
            "<artikel status=\"vervallen\"><kop><nr>7</nr></kop><al>Oude tekst.</al></artikel>");

        var law = Import(xml);

        Assert.That(law.Articles!.Select(a => (a.Label, a.Repealed)), Is.EqualTo(new[]
        {
            ("1", true), ("2", true), ("3", true), ("4", false),
            ("5", false), // one lid repealed does not repeal the article
            ("6", true), ("7", true),
        }));
    }

    [Test]
    public void Toestand_reads_citeertitel_date_status_vervallen_and_skips_meta_data()
    {
        const string meta = "<meta-data><brondata><oorspronkelijk><publicatie><publicatiejaar>1972</publicatiejaar></publicatie></oorspronkelijk></brondata></meta-data>";
        var xml = Toestand(
            "<hoofdstuk><kop><label>Hoofdstuk</label><nr>1</nr></kop>" +
            Article("1.1", Leden(2) + meta, "label=\"Artikel 1.1\" status=\"goed\"") +
            Article("1.2", "<al><redactie type=\"vervanging\">Vervallen</redactie></al>" + meta, "label=\"Artikel 1.2\" status=\"goed\"") +
            Article("1.3", "<al>Vervallen</al>" + meta, "label=\"Artikel 1.3\" status=\"vervallen\"") +
            "<artikel label=\"Artikel 1.4\" status=\"goed\"><kop><titel>Vervallen hoofdstuk 6</titel></kop><al>Hoofdstuk 6 vervalt bij koninklijk besluit.</al>" + meta + "</artikel>" +
            "</hoofdstuk>",
            citeertitel: "Wet open testen",
            date: "2022-05-01");

        var result = Read(xml);
        var law = result.Law!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Kind, Is.EqualTo(BwbFileKind.Toestand));
            Assert.That(law.Title, Is.EqualTo("Wet open testen"));
            Assert.That(law.Bwb, Is.EqualTo("BWBR0000002"));
            Assert.That(law.ArticlesAsOf, Is.EqualTo("2022-05-01"));
            Assert.That(law.Articles!.Select(a => (a.Label, a.Repealed, a.Paragraphs)), Is.EqualTo(new[]
            {
                ("1.1", false, 2), ("1.2", true, 0), ("1.3", true, 0),
                ("1.4", false, 0), // label from the label attribute; its heading repeals something else
            }));
            Assert.That(result.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Articles_of_bijlagen_and_quoted_amendments_do_not_enter_the_list()
    {
        var quoted = "<wijzig-artikel><wat>Artikel 5 komt te luiden:</wat>" + Article("5", Leden(4)) + "</wijzig-artikel>";
        var xml = Toestand(
            Article("1") +
            Article("2", "<al>De Wet X wordt als volgt gewijzigd:</al>" + quoted) +
            quoted +
            "<wijzig-divisie>" + Article("9") + "</wijzig-divisie>" +
            "<verdragtekst>" + Article("1") + Article("2") + "</verdragtekst>" +
            "<wetcitaat>" + Article("88") + "</wetcitaat>" +
            Article("3") +
            "<bijlage><kop><label>Bijlage</label></kop>" + Article("1", Leden(2)) + Article("99") + "</bijlage>");

        var result = Read(xml);

        Assert.Multiple(() =>
        {
            Assert.That(Labels(result.Law!), Is.EqualTo(new[] { "1", "2", "3" }));
            Assert.That(result.Law!.Articles!.Single(a => a.Label == "2").Paragraphs, Is.Zero, "the quoted article's leden are not article 2's");
            Assert.That(result.Warnings.Single().Message, Does.StartWith("7 article(s) inside bijlagen or quoted amending provisions were left out"));
        });
    }

    [Test]
    public void A_book_of_the_civil_code_numbers_its_articles_within_the_book()
    {
        var xml = Toestand(
            "<boek><kop><label>Boek</label><nr>6</nr></kop>" + Article("162", Leden(3)) + Article("6:163") + Article("162a") + "</boek>",
            citeertitel: "Burgerlijk Wetboek Boek 6",
            bwb: "BWBR0005289");

        var law = Import(xml);

        Assert.Multiple(() =>
        {
            Assert.That(law.Book, Is.EqualTo("6"));
            Assert.That(Labels(law), Is.EqualTo(new[] { "162", "163", "162a" }));
            Assert.That(law.Articles![0].Paragraphs, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_duplicated_label_gives_one_entry_at_its_first_place_from_the_first_occurrence_in_force()
    {
        var xml = Toestand(
            Article("5", "<al>Vervallen.</al>") +
            Article("6") +
            Article("5", Leden(2)) +
            Article("7", "<al>Vervallen.</al>") +
            Article("7", "<al>[Vervallen]</al>"));

        var result = Read(xml);

        Assert.Multiple(() =>
        {
            Assert.That(result.Law!.Articles!.Select(a => (a.Label, a.Repealed, a.Paragraphs)), Is.EqualTo(new[]
            {
                ("5", false, 2), ("6", false, 0), ("7", true, 0),
            }));
            Assert.That(result.Warnings.Select(w => w.Message), Is.EqualTo(new[]
            {
                "article 5 occurs 2 times (articles no. 1, 3 in document order); kept one entry at the first place, from the first occurrence in force",
                "article 7 occurs 2 times (articles no. 4, 5 in document order); kept one entry at the first place, from the first occurrence (all are repealed)",
            }));
        });
    }

    [Test]
    public void An_article_without_a_number_is_left_out_with_a_warning()
    {
        var xml = Wetgeving(Article("1") + "<artikel status=\"goed\"><kop><titel>Slotbepaling</titel></kop><al>Tekst.</al></artikel>");

        var result = Read(xml);

        Assert.Multiple(() =>
        {
            Assert.That(Labels(result.Law!), Is.EqualTo(new[] { "1" }));
            Assert.That(result.Warnings.Select(w => w.Message), Has.Some.EqualTo("an article without a number (heading 'Slotbepaling') was left out: it cannot be cited by number"));
        });
    }

    [Test]
    public void The_version_date_comes_from_the_toestand_else_the_file_name_else_the_options()
    {
        var wetgeving = Wetgeving(Article("1"));

        var fromName = Read(wetgeving, "BWBR0000001_2012-01-01_0.xml").Law!;
        var fromOptions = Read(wetgeving, "wet.xml", new BwbImportOptions { FallbackVersionDate = "2011-07-01" }).Law!;
        var none = Read(wetgeving, "wet.xml");
        var badToestand = Read(Toestand(Article("1"), date: "2024-13-45"));

        Assert.Multiple(() =>
        {
            Assert.That(fromName.ArticlesAsOf, Is.EqualTo("2012-01-01"));
            Assert.That(fromOptions.ArticlesAsOf, Is.EqualTo("2011-07-01"));
            Assert.That(none.Law!.ArticlesAsOf, Is.Null);
            Assert.That(none.Warnings.Single().Message, Does.Contain("states no version date"));
            Assert.That(badToestand.Law!.ArticlesAsOf, Is.Null);
            Assert.That(badToestand.Warnings.Single().Message, Does.Contain("'2024-13-45' is not a date"));
        });
    }

    [Test]
    public void A_bad_fallback_date_in_the_options_is_refused_at_once()
    {
        Assert.Throws<ArgumentException>(() => _ = new BwbImporter(new BwbImportOptions { FallbackVersionDate = "1 januari 2012" }));
        Assert.Throws<ArgumentException>(() => _ = new BwbImporter(new BwbImportOptions { MaxDocumentCharacters = 0 }));
    }

    [Test]
    public void A_malformed_bwb_id_is_left_out_and_a_text_without_title_is_named_after_its_id()
    {
        var malformed = Read(Wetgeving(Article("1"), bwb: "BWBR12"));
        var untitled = Read("<toestand bwb-id=\"BWBR0000003\" inwerkingtreding=\"2020-01-01\"><wetgeving>" + Article("1") + "</wetgeving></toestand>");

        Assert.Multiple(() =>
        {
            Assert.That(malformed.Law!.Bwb, Is.Null);
            Assert.That(malformed.Warnings.Select(w => w.Message), Has.Some.Contains("'BWBR12' is not a BWB id"));
            Assert.That(untitled.Law!.Title, Is.EqualTo("BWBR0000003"));
            Assert.That(untitled.Warnings.Select(w => w.Message), Has.Some.Contains("no citeertitel and no intitule"));
        });
    }

    [Test]
    public void A_WTI_file_gives_its_citeertitel_and_abbreviations_to_the_law_text_imported_beside_it()
    {
        using var folder = new TemporaryFolder();
        var text = folder.Write("BWBR0045754_2023-04-01_0.xml", Toestand(Article("1.1"), citeertitel: string.Empty, bwb: "BWBR0045754", date: "2023-04-01"));
        var wti = folder.Write("BWBR0045754.WTI.xml",
            "<wetstechnische-informatie bwb-id=\"BWBR0045754\"><algemene-informatie><afkortingen><afkorting>Woo</afkorting></afkortingen>" +
            "<citeertitel status=\"officieel\">Wet open overheid</citeertitel><citeertitels><citeertitel>Oude titel</citeertitel></citeertitels>" +
            "</algemene-informatie></wetstechnische-informatie>");
        var orphan = folder.Write("other.WTI.xml", "<wetstechnische-informatie bwb-id=\"BWBR0000009\"><algemene-informatie/></wetstechnische-informatie>");

        var report = new BwbImporter().ImportFilesWithReport(new[] { text, wti, orphan });
        var law = report.Catalog.Laws.Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.Failures, Is.Empty);
            Assert.That(law.Title, Is.EqualTo("Wet open overheid"), "the text itself only has the intitule");
            Assert.That(law.Abbreviations, Is.EqualTo(new[] { "Woo" }));
            Assert.That(law.Source, Is.EqualTo("BWBR0045754_2023-04-01_0.xml"));
            Assert.That(report.Warnings.Select(w => w.Message), Has.Some.Contains("no law text with BWB id BWBR0000009"));
        });
    }

    [Test]
    public void Two_versions_of_one_law_give_one_entry_the_later_one()
    {
        using var folder = new TemporaryFolder();
        var later = folder.Write("a.xml", Toestand(Article("1") + Article("2"), date: "2024-01-01"));
        var earlier = folder.Write("b.xml", Toestand(Article("1"), date: "2020-01-01"));

        var report = new BwbImporter().ImportFilesWithReport(new[] { earlier, later });

        Assert.Multiple(() =>
        {
            Assert.That(report.Catalog.Laws.Single().ArticlesAsOf, Is.EqualTo("2024-01-01"));
            Assert.That(report.Catalog.Laws.Single().Source, Is.EqualTo("a.xml"));
            Assert.That(report.Warnings.Select(w => w.Message), Has.Some.Contains("replaces b.xml"));
        });
    }

    [Test]
    public void ImportFiles_fails_naming_the_file_but_the_report_goes_on_past_it()
    {
        using var folder = new TemporaryFolder();
        var good = folder.Write("good.xml", Toestand(Article("1")));
        var bad = folder.Write("bad.xml", "<toestand bwb-id=\"BWBR0000002\"><wetgeving>");
        var missing = Path.Combine(folder.Path, "missing.xml");

        var report = new BwbImporter().ImportFilesWithReport(new[] { good, bad, missing });
        var error = Assert.Throws<BwbImportException>(() => new BwbImporter().ImportFiles(new[] { good, bad }));

        Assert.Multiple(() =>
        {
            Assert.That(report.Catalog.Laws, Has.Count.EqualTo(1));
            Assert.That(report.Failures.Select(f => f.SourceName), Is.EqualTo(new[] { bad, missing }));
            Assert.That(report.Failures[1].Message, Does.Contain("cannot be opened"));
            Assert.That(error!.Message, Does.Contain(bad).And.Contain("not well-formed"));
        });
    }

    [Test]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("big.xml", Toestand(string.Concat(Enumerable.Range(1, 200).Select(i => Article(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))));

        var error = Assert.Throws<BwbImportException>(() => new BwbImporter(new BwbImportOptions { MaxDocumentCharacters = 1000 }).ReadFile(path));

        Assert.That(error!.Message, Does.Contain("big.xml").And.Contain("more than the limit of 1,000"));
    }

    [Test]
    public void A_folder_contributes_its_xml_files_in_name_order()
    {
        using var folder = new TemporaryFolder();
        folder.Write("b.xml", Toestand(Article("1"), bwb: "BWBR0000012"));
        folder.Write("a.xml", Toestand(Article("1"), bwb: "BWBR0000011"));
        folder.Write("notes.txt", "not xml");

        var catalog = new BwbImporter().ImportFiles(new[] { folder.Path });

        Assert.That(catalog.Laws.Select(l => l.Bwb), Is.EqualTo(new[] { "BWBR0000011", "BWBR0000012" }));
    }

    [Test]
    public void A_hand_written_catalog_round_trips_through_catalog_json()
    {
        var law = Import(Toestand(Article("1", Leden(2)) + Article("2", "<al>Vervallen.</al>") + Article("2a"), citeertitel: "Burgerlijk Wetboek Boek 7A", bwb: "BWBR0006000"));
        var catalog = new CatalogDocument { Laws = new[] { law } };

        using var buffer = new MemoryStream();
        CatalogJson.Write(buffer, catalog);
        buffer.Position = 0;
        var read = CatalogJson.Read(buffer, "memory").Laws.Single();

        Assert.Multiple(() =>
        {
            Assert.That(read.Book, Is.EqualTo("7A"));
            Assert.That(read with { Articles = null, Abbreviations = law.Abbreviations, CustomaryAbbreviations = law.CustomaryAbbreviations, OtherTitles = law.OtherTitles },
                Is.EqualTo(law with { Articles = null }));
            Assert.That(read.Articles, Is.EqualTo(law.Articles));
        });
    }

    /// <summary>A folder under the system temp folder, deleted afterwards.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("citaties-bwb-").FullName;

        public string Write(string name, string content)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
