using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Parts of a law larger than an article (issue #15 item 4): article citations with a <see cref="LawDivision"/>,
/// their law read and resolved as for articles. Sentences are from the corpus where it has them.
/// </summary>
[TestFixture]
public class ArticleDivisionTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    // bwb/toestand/bwb_toestand.xml, as the text reads without its markup.
    [Test]
    public void Reads_a_paragraaf_of_the_Awb_with_its_title_and_links_to_it()
    {
        var citation = Extract("Paragraaf 4.1.3.2 van de Algemene wet bestuursrecht is niet van toepassing op besluiten.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("Paragraaf 4.1.3.2 van de Algemene wet bestuursrecht"));
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(DivisionUnit.Paragraaf, "4.1.3.2")));
            Assert.That(citation.Articles, Is.Empty);
            Assert.That(citation.Article, Is.Empty);
            Assert.That(citation.Keyword, Is.EqualTo("Paragraaf"));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.Title));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0005537"));
            Assert.That(citation.Canonical, Is.EqualTo("Paragraaf 4.1.3.2 van de Algemene wet bestuursrecht"));
            Assert.That(citation.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&paragraaf=4.1.3.2" }));
        });
    }

    [TestCase("Zie § 4 van de Wet op de rechterlijke organisatie.", "§ 4 van de Wet op de rechterlijke organisatie", "4", "BWBR0001830")]
    [TestCase("Zie §\u00A02.3 Awb.", "§\u00A02.3 Awb", "2.3", "BWBR0005537")]
    public void Reads_a_paragraph_sign_as_a_paragraaf_and_writes_the_word_in_the_canonical_form(string text, string cited, string number, string bwb)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo(cited));
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(DivisionUnit.Paragraaf, number)));
            Assert.That(citation.Keyword, Is.EqualTo("§"));
            Assert.That(citation.Law?.Bwb, Is.EqualTo(bwb));
            Assert.That(citation.Canonical, Does.StartWith($"paragraaf {number} "));
            Assert.That(citation.Links.Single(), Does.EndWith($"&paragraaf={number}"));
        });
    }

    // rechtspraak/ECLI_NL_RBARN_2011_BP6916.txt cites the German Handelsgesetzbuch, whose § is an article.
    [TestCase("econcludeerd dat op grond van § 354a HGB de tussen Kinzo Trading enerzijds en")]
    [TestCase("de § 3 hierboven")]
    public void Reads_no_paragraaf_after_a_paragraph_sign_without_a_Dutch_law(string text) =>
        Assert.That(Extract(text), Is.Empty);

    // rechtspraak/ECLI_NL_RBZWB_2016_1440.txt.
    [Test]
    public void Reads_an_afdeling_of_the_Awb_and_gives_its_titeldeel_key_only_to_a_titel()
    {
        var citation = Extract("de regeling in afdeling 8.2.6 van de Algemene wet bestuursrecht").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("afdeling 8.2.6 van de Algemene wet bestuursrecht"));
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(DivisionUnit.Afdeling, "8.2.6")));
            Assert.That(citation.Links.Single(), Does.EndWith("jci1.3:c:BWBR0005537&afdeling=8.2.6"));
        });
    }

    [Test]
    public void Reads_a_titel_by_abbreviation_as_a_toelichting_writes_it()
    {
        var citation = Extract("Op grond van titel 4.1 Awb geldt dit niet.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("titel 4.1 Awb"));
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(DivisionUnit.Titel, "4.1")));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.Abbreviation));
            Assert.That(citation.Canonical, Is.EqualTo("titel 4.1 Awb"));
            Assert.That(citation.Links.Single(), Does.EndWith("jci1.3:c:BWBR0005537&titeldeel=4.1"));
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1266.txt: a Roman titel, then an article of an EU act in the same sentence.
    [Test]
    public void Reads_a_Roman_titel_and_leaves_the_article_after_it_to_the_article_grammar()
    {
        var citations = Extract("de bepalingen van titel IV van de Wet tuchtrechtspraak bedrijfsorganisatie, artikel 7 van Verordening (EG) nr. 2200/96");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[]
            {
                "titel IV van de Wet tuchtrechtspraak bedrijfsorganisatie",
                "artikel 7 van Verordening (EG) nr. 2200/96",
            }));
            Assert.That(citations[0].Division, Is.EqualTo(new LawDivision(DivisionUnit.Titel, "IV")));
            Assert.That(citations[1].Division, Is.Null);
        });
    }

    [TestCase("hoofdstuk 5 van de Algemene wet bestuursrecht", DivisionUnit.Hoofdstuk, "5", "hoofdstuk=5")]
    [TestCase("Hoofdstuk 5A van de Algemene wet bestuursrecht", DivisionUnit.Hoofdstuk, "5A", "hoofdstuk=5A")]
    [TestCase("Bijlage I van de Algemene wet bestuursrecht", DivisionUnit.Bijlage, "I", "bijlage=I")]
    [TestCase("titeldeel 4.1 van de Algemene wet bestuursrecht", DivisionUnit.Titel, "4.1", "titeldeel=4.1")]
    public void Gives_each_unit_its_Juriconnect_key(string text, DivisionUnit unit, string number, string key)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(unit, number)));
            Assert.That(citation.Links.Single(), Does.EndWith("jci1.3:c:BWBR0005537&" + key));
        });
    }

    [Test]
    public void An_onderdeel_of_a_wijzigingswet_links_to_the_law_as_Juriconnect_has_no_key_for_it()
    {
        var citation = Extract("onderdeel B van de Algemene wet bestuursrecht").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Division, Is.EqualTo(new LawDivision(DivisionUnit.Onderdeel, "B")));
            Assert.That(citation.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/jci1.3:c:BWBR0005537" }));
        });
    }

    [Test]
    public void A_titel_of_a_BW_book_carries_the_book_into_the_link()
    {
        var citation = Extract("titel 1 van Boek 7 van het Burgerlijk Wetboek").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Book, Is.EqualTo("7"));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.BookOfBw));
            Assert.That(citation.Links.Single(), Does.EndWith("jci1.3:c:BWBR0005290&boek=7&titeldeel=1"));
        });
    }

    // A text speaks of its own parts: without a law nothing is cited ("paragraaf 6.1.16 van het controlerapport",
    // rechtspraak/ECLI_NL_GHAMS_2020_3025.txt; "onderdeel 4 van het middel", ECLI_NL_HR_1996_AA1933; "hoofdstuk 5. Alleen",
    // ECLI_NL_CBB_1998_AU1332;
    // a heading "Bijlage 33" over "KROPSLA", rechtspraak/ECLI_NL_CBB_2000_AU1262.txt).
    [TestCase("zie hoofdstuk 5 hierna")]
    [TestCase("in hoofdstuk 5. Alleen wordt hier niet de plantaardige")]
    [TestCase("paragraaf 6.1.16 van het controlerapport")]
    [TestCase("onderdeel 4 van het middel dat voor de toepassing")]
    [TestCase("de titel van de wet")]
    [TestCase("Afdeling bestuursrechtspraak van de Raad van State")]
    [TestCase("de Afdeling Bestuursrechtspraak van de Raad van State")]
    [TestCase("Bijlage 33\nKROPSLA\n(…)")]
    public void Finds_no_part_without_a_law(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1251.txt: a document's own onderdeel is no broken citation either (CIT0001).
    [TestCase("onderdeel 2 van de rubriek \"De beoordeling van de zaak\"")]
    [TestCase("paragraaf 5.2 van een gespreksverslag")]
    public void A_part_without_a_law_is_no_near_miss(string text)
    {
        Assert.That(Citaties.Scanning.CitationExtractor.Default.ExtractWithNearMisses(text).NearMisses, Is.Empty);
    }

    [Test]
    public void Van_deze_wet_is_the_law_in_context()
    {
        var options = new ExtractOptions { ContextLaw = new LawReference { Bwb = "BWBR0005537" } };

        var citation = CitationFinder.Extract("Op besluiten als bedoeld in hoofdstuk 4 van deze wet", options).OfType<ArticleCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("hoofdstuk 4 van deze wet"));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0005537"));
            Assert.That(citation.Links.Single(), Does.EndWith("&hoofdstuk=4"));
        });
    }

    [Test]
    public void Writes_the_division_field_and_no_articles()
    {
        var fields = CitationJsonProbe.Fields(Extract("titel 4.1 Awb").Single());

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("division").GetProperty("unit").GetString(), Is.EqualTo("titel"));
            Assert.That(fields.GetProperty("division").GetProperty("number").GetString(), Is.EqualTo("4.1"));
            Assert.That(fields.GetProperty("articles").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void An_article_writes_a_null_division()
    {
        var fields = CitationJsonProbe.Fields(Extract("artikel 5 Sv").Single());

        Assert.That(fields.GetProperty("division").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public void Try_parse_reads_a_part_of_a_law_as_one_citation()
    {
        var result = CitationFinder.TryParse("afdeling 3.4 van de Algemene wet bestuursrecht");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(((ArticleCitation)result.Citations.Single()).Division, Is.EqualTo(new LawDivision(DivisionUnit.Afdeling, "3.4")));
    }
}
