using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Law names read whole (issue 15 item 6): titles with a year or a department, Invoerings- and Aanpassingswetten,
/// the full titles of treaties and EU acts, and a citation title standing alone as a <see cref="LawCitation"/>.
/// </summary>
[TestFixture]
public class LawNameTests
{
    private static ArticleCitation Article(string text) => CitationFinder.Extract(text).OfType<ArticleCitation>().Single();

    private static IReadOnlyList<LawCitation> Laws(string text) => CitationFinder.Extract(text).OfType<LawCitation>().ToList();

    [TestCase("Zie artikel 2 van het Belastingplan 2021.", "Belastingplan 2021")]
    [TestCase("Zie artikel III van de Verzamelwet VWS 2019.", "Verzamelwet VWS 2019")]
    [TestCase("Artikel 1.1 van de Invoeringswet Omgevingswet regelt dit.", "Invoeringswet Omgevingswet")]
    [TestCase("Zie artikel 2 van de Aanpassingswet Wet Bibob.", "Aanpassingswet Wet Bibob")]
    public void A_title_with_a_year_a_department_or_another_law_in_it_is_read_whole(string text, string law)
    {
        var citation = Article(text);

        Assert.That(citation.LawText, Is.EqualTo(law));
        Assert.That(citation.Text, Does.EndWith(law));
    }

    [Test]
    public void The_full_title_of_a_treaty_after_an_article_is_read_to_its_end()
    {
        var citation = Article("Artikel 8 van het Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden.");

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("Artikel 8 van het Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden"));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBV0001000"));
        });
    }

    [Test]
    public void The_official_title_of_an_eu_act_after_an_article_is_part_of_the_citation()
    {
        // The official title of the AVG as the Publicatieblad prints it (Ar 3.42 writes it in full).
        const string title = "Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 april 2016 betreffende de bescherming "
            + "van natuurlijke personen in verband met de verwerking van persoonsgegevens en betreffende het vrije verkeer van die gegevens";
        var citation = Article("Artikel 6 van " + title + " is van toepassing.");

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("Artikel 6 van " + title));
            Assert.That(citation.Law?.Celex, Is.EqualTo("32016R0679"));
        });
    }

    [Test]
    public void An_eu_act_standing_alone_covers_its_official_title_and_keeps_where_it_is()
    {
        const string text = "Richtlijn 2000/31/EG van het Europees Parlement en de Raad van 8 juni 2000 betreffende bepaalde juridische "
            + "aspecten van de diensten van de informatiemaatschappij, met name de elektronische handel.";

        var act = CitationFinder.Extract(text).OfType<EuActCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(act.Text, Is.EqualTo(text.Substring(0, text.IndexOf(',', StringComparison.Ordinal))));
            Assert.That(act.TitleSpan, Is.EqualTo(new TextSpan(21, act.Text.Length - 21)));
            Assert.That(act.Celex, Is.EqualTo("32000L0031"));
            Assert.That(act.Canonical, Is.EqualTo("Richtlijn 2000/31/EG"));
        });
    }

    [TestCase("Verordening (EU) 2016/679 tot nu toe.", "Verordening (EU) 2016/679")]
    [TestCase("Verordening (EU) 2022/2065 betreffende een eengemaakte markt voor digitale diensten is van kracht.", "Verordening (EU) 2022/2065 betreffende een eengemaakte markt voor digitale diensten")]
    public void The_subject_of_an_eu_title_ends_before_the_sentence_goes_on(string text, string expected)
    {
        Assert.That(CitationFinder.Extract(text).OfType<EuActCitation>().Single().Text, Is.EqualTo(expected));
    }

    [Test]
    public void A_fix_of_an_eu_act_number_keeps_the_title_after_it()
    {
        const string text = "Zie Verordening (EG) 593/2008 van het Europees Parlement en de Raad van 17 juni 2008 inzake het recht dat van toepassing is.";

        var fixedText = FixSettles("CIT5001", text, In(LintProfile.Regeling));

        Assert.That(fixedText, Is.EqualTo(text.Replace("(EG) 593/2008", "(EG) nr. 593/2008")));
    }

    [Test]
    public void A_citation_title_standing_alone_is_a_law_citation_with_its_link()
    {
        // Handelingen II 2017/18 (h-tk-20172018-70-*): "Dat hebben we al geregeld met de nieuwe Woningwet."
        var law = Laws("Dat hebben we al geregeld met de nieuwe Woningwet.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(law.Text, Is.EqualTo("Woningwet"));
            Assert.That(law.Kind, Is.EqualTo(CitationKind.Law));
            Assert.That(law.Law?.Bwb, Is.EqualTo("BWBR0005181"));
            Assert.That(law.Canonical, Is.EqualTo("Woningwet"));
            Assert.That(law.Links, Is.EqualTo(new[] { "https://wetten.overheid.nl/jci1.3:c:BWBR0005181" }));
        });
    }

    [TestCase("De Omgevingswet treedt in werking.", "Omgevingswet", "BWBR0037885")]
    [TestCase("Hier geldt de Wet op de jeugdzorg nog.", "Wet op de jeugdzorg", "BWBR0016637")]
    [TestCase("Zo bepaalt de Algemene wet bestuursrecht.", "Algemene wet bestuursrecht", "BWBR0005537")]
    [TestCase("instellingen in de zin van de Woningwet - een begunstigend beleid", "Woningwet", "BWBR0005181")]
    [TestCase("Het Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden geldt.", "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden", "BWBV0001000")]
    public void A_title_alone_is_read_from_its_first_word_without_the_article(string text, string title, string bwb)
    {
        var law = Laws(text).Single();

        Assert.That((law.Text, law.Law?.Bwb), Is.EqualTo((title, bwb)));
    }

    [Test]
    public void Two_titles_in_a_row_are_two_laws()
    {
        Assert.That(Laws("De Jeugdwet en de Participatiewet zijn decentralisaties.").Select(l => l.Text), Is.EqualTo(new[] { "Jeugdwet", "Participatiewet" }));
    }

    [TestCase("Dat is een natuurwet en een grondwet van de economie.")]
    [TestCase("De wet is streng; deze wet en die wet ook.")]
    [TestCase("Wet en regelgeving, de Woningwetgeving en wetenschap.")]
    [TestCase("De Wet zelf geeft geen antwoord.")]
    [TestCase("Dat Verdrag is oud, een verdrag is een afspraak.")]
    public void Ordinary_words_ending_in_wet_are_no_law(string text)
    {
        Assert.That(Laws(text), Is.Empty);
    }

    [Test]
    public void A_title_that_an_article_citation_names_is_not_found_again()
    {
        // rechtspraak corpus: "in de zin van artikel 70, lid 1, van de Woningwet".
        var citations = CitationFinder.Extract("in de zin van artikel 70, lid 1, van de Woningwet. Onder de Woningwet geldt dat.");

        Assert.That(citations.Select(c => (c.Kind, c.Text)), Is.EqualTo(new[]
        {
            (CitationKind.Article, "artikel 70, lid 1, van de Woningwet"),
            (CitationKind.Law, "Woningwet"),
        }));
    }

    [Test]
    public void A_title_defined_with_an_abbreviation_stays_a_definition()
    {
        var citations = CitationFinder.Extract("de Wet op de jeugdzorg (hierna: Wjz) geldt.");

        Assert.That(citations.Select(c => c.Kind), Is.EqualTo(new[] { CitationKind.Definition }));
    }

    [TestCase("subBurgerlijk Wetboek-artt.2.1jo.Burgerlijk Wetboek(hierna: Sv)artikelvan5(hierna: Sv) en de Woningwet")]
    [TestCase("de Jeugdwet (hierna: Jw) en het Burgerlijk Wetboek (hierna: BW), artikel 5 Jw")]
    public void Citations_of_both_passes_come_in_text_order(string text)
    {
        // A fragment the property tests found: the look-behind citations begin before their anchors.
        var starts = CitationFinder.Extract(text).Select(c => c.Span.Start).ToList();

        Assert.That(starts, Is.Ordered);
    }
}
