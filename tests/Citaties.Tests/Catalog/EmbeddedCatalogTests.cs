using System.Linq;
using System.Text.RegularExpressions;
using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class EmbeddedCatalogTests
{
    private static readonly Regex BwbId = new(@"^BWB[RV]\d{7}$");
    private static readonly Regex LegislationCelex = new(@"^3\d{4}[A-Z]\d{4}$");

    private static LawCatalog Catalog => LawCatalog.Default;

    [TestCaseSource(typeof(EmbeddedCatalog), nameof(EmbeddedCatalog.ResourceNames))]
    public void Every_embedded_file_is_a_valid_catalog_whose_entries_have_titles(string resourceName)
    {
        var document = EmbeddedCatalog.Read(resourceName);

        var entries = document.Laws.Count + document.EuActs.Count + document.Treaties.Count + document.Courts.Count;
        Assert.Multiple(() =>
        {
            Assert.That(document.Version, Is.EqualTo(1));
            Assert.That(entries, Is.GreaterThan(0), "the file holds no entries");
            Assert.That(document.Laws.Where(l => string.IsNullOrWhiteSpace(l.Title)), Is.Empty);
            Assert.That(document.EuActs.Where(a => string.IsNullOrWhiteSpace(a.Title)), Is.Empty);
            Assert.That(document.Treaties.Where(t => string.IsNullOrWhiteSpace(t.Title)), Is.Empty);
            Assert.That(document.Courts.Where(c => string.IsNullOrWhiteSpace(c.Name) || string.IsNullOrWhiteSpace(c.Code)), Is.Empty);
        });
    }

    [Test]
    public void Holds_enough_entries_of_every_kind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.Laws, Has.Count.GreaterThanOrEqualTo(120));
            Assert.That(Catalog.EuActs, Has.Count.GreaterThanOrEqualTo(40));
            Assert.That(Catalog.Treaties, Has.Count.GreaterThanOrEqualTo(10));
            Assert.That(Catalog.Courts.Count(c => c.Country == "NL"), Is.EqualTo(201));
            Assert.That(Catalog.Courts.Where(c => c.Country == "EU").Select(c => c.Code), Is.EquivalentTo(new[] { "C", "T", "F" }));
            Assert.That(Catalog.Courts.Where(c => c.Country == "CE").Select(c => c.Code), Is.EqualTo(new[] { "ECHR" }));
        });
    }

    [Test]
    public void Every_law_bwb_id_is_well_formed_and_names_one_law()
    {
        var ids = Catalog.Laws.Where(l => l.Bwb is not null).Select(l => l.Bwb!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids.Where(id => !BwbId.IsMatch(id)), Is.Empty, "malformed BWB ids");
            Assert.That(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "BWB ids used twice");
            Assert.That(Catalog.Laws.GroupBy(l => l.Title).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "titles used twice");
        });
    }

    [Test]
    public void Every_treaty_identifier_is_well_formed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.Treaties.Where(t => t.Bwb is not null && !BwbId.IsMatch(t.Bwb)), Is.Empty);
            // Treaties are sector 1 of EUR-Lex; the consolidated texts are cited as e.g. 12016E/TXT.
            Assert.That(Catalog.Treaties.Where(t => t.Celex is not null && !Regex.IsMatch(t.Celex, @"^1\d{4}[A-Z]/TXT$")), Is.Empty);
        });
    }

    [Test]
    public void The_bw_books_each_have_their_own_id()
    {
        var books = Catalog.Laws.Where(l => l.Book is not null).ToList();

        Assert.That(books.Select(b => b.Book), Is.EqualTo(new[] { "1", "2", "3", "4", "5", "6", "7", "7A", "8", "10" }));
        Assert.That(books.Select(b => b.Bwb).Distinct().Count(), Is.EqualTo(books.Count));
        Assert.That(books.All(b => b.Title == "Burgerlijk Wetboek Boek " + b.Book && b.Abbreviations.Contains("BW")), Is.True);
    }

    // citation-rules.md sections 6.5 and 11: ids checked against the official BWB.
    [TestCase("Grondwet", "BWBR0001840")]
    [TestCase("Burgerlijk Wetboek Boek 1", "BWBR0002656")]
    [TestCase("Burgerlijk Wetboek Boek 2", "BWBR0003045")]
    [TestCase("Burgerlijk Wetboek Boek 3", "BWBR0005291")]
    [TestCase("Burgerlijk Wetboek Boek 4", "BWBR0002761")]
    [TestCase("Burgerlijk Wetboek Boek 5", "BWBR0005288")]
    [TestCase("Burgerlijk Wetboek Boek 6", "BWBR0005289")]
    [TestCase("Burgerlijk Wetboek Boek 7", "BWBR0005290")]
    [TestCase("Burgerlijk Wetboek Boek 7A", "BWBR0006000")]
    [TestCase("Burgerlijk Wetboek Boek 8", "BWBR0005034")]
    [TestCase("Burgerlijk Wetboek Boek 10", "BWBR0030068")]
    [TestCase("Wetboek van Burgerlijke Rechtsvordering", "BWBR0001827")]
    [TestCase("Wetboek van Strafrecht", "BWBR0001854")]
    [TestCase("Wetboek van Strafvordering", "BWBR0001903")]
    [TestCase("Wetboek van Koophandel", "BWBR0001838")]
    [TestCase("Algemene wet bestuursrecht", "BWBR0005537")]
    [TestCase("Faillissementswet", "BWBR0001860")]
    [TestCase("Wet op de rechterlijke organisatie", "BWBR0001830")]
    [TestCase("Gemeentewet", "BWBR0005416")]
    [TestCase("Provinciewet", "BWBR0005645")]
    [TestCase("Algemene wet inzake rijksbelastingen", "BWBR0002320")]
    [TestCase("Invorderingswet 1990", "BWBR0004770")]
    [TestCase("Wet inkomstenbelasting 2001", "BWBR0011353")]
    [TestCase("Wet op de vennootschapsbelasting 1969", "BWBR0002672")]
    [TestCase("Wet op de omzetbelasting 1968", "BWBR0002629")]
    [TestCase("Wet op de loonbelasting 1964", "BWBR0002471")]
    [TestCase("Vreemdelingenwet 2000", "BWBR0011823")]
    [TestCase("Wegenverkeerswet 1994", "BWBR0006622")]
    [TestCase("Opiumwet", "BWBR0001941")]
    [TestCase("Wet wapens en munitie", "BWBR0008804")]
    [TestCase("Wet op de economische delicten", "BWBR0002063")]
    [TestCase("Wet justitiële en strafvorderlijke gegevens", "BWBR0014194")]
    [TestCase("Wet politiegegevens", "BWBR0022463")]
    [TestCase("Politiewet 2012", "BWBR0031788")]
    [TestCase("Penitentiaire beginselenwet", "BWBR0009709")]
    [TestCase("Wet verplichte geestelijke gezondheidszorg", "BWBR0040635")]
    [TestCase("Auteurswet", "BWBR0001886")]
    [TestCase("Wet op het financieel toezicht", "BWBR0020368")]
    [TestCase("Mededingingswet", "BWBR0008691")]
    [TestCase("Handelsregisterwet 2007", "BWBR0021777")]
    [TestCase("Omgevingswet", "BWBR0037885")]
    [TestCase("Wet milieubeheer", "BWBR0003245")]
    [TestCase("Wet ruimtelijke ordening", "BWBR0020449")]
    [TestCase("Wet algemene bepalingen omgevingsrecht", "BWBR0024779")]
    [TestCase("Woningwet", "BWBR0005181")]
    [TestCase("Participatiewet", "BWBR0015703")]
    [TestCase("Wet maatschappelijke ondersteuning 2015", "BWBR0035362")]
    [TestCase("Jeugdwet", "BWBR0034925")]
    [TestCase("Zorgverzekeringswet", "BWBR0018450")]
    [TestCase("Wet langdurige zorg", "BWBR0035917")]
    [TestCase("Algemene Ouderdomswet", "BWBR0002221")]
    [TestCase("Werkloosheidswet", "BWBR0004045")]
    [TestCase("Wet werk en inkomen naar arbeidsvermogen", "BWBR0019057")]
    [TestCase("Arbeidsomstandighedenwet", "BWBR0010346")]
    [TestCase("Wet op de ondernemingsraden", "BWBR0002747")]
    [TestCase("Ambtenarenwet 2017", "BWBR0001947")]
    [TestCase("Wet openbaarheid van bestuur", "BWBR0005252")]
    [TestCase("Wet open overheid", "BWBR0045754")]
    [TestCase("Uitvoeringswet Algemene verordening gegevensbescherming", "BWBR0040940")]
    [TestCase("Telecommunicatiewet", "BWBR0009950")]
    [TestCase("Kieswet", "BWBR0004627")]
    [TestCase("Advocatenwet", "BWBR0002093")]
    [TestCase("Wet op het notarisambt", "BWBR0010388")]
    [TestCase("Wet op het hoger onderwijs en wetenschappelijk onderzoek", "BWBR0005682")]
    [TestCase("Bekendmakingswet", "BWBR0004287")]
    [TestCase("Kaderwet zelfstandige bestuursorganen", "BWBR0020495")]
    [TestCase("Financiële-verhoudingswet", "BWBR0008290")]
    [TestCase("Aanwijzingen voor de regelgeving", "BWBR0005730")]
    public void Carries_the_verified_bwb_id(string title, string bwb)
    {
        var match = Catalog.FindByTitle(title);

        Assert.That(match.Entry?.Bwb, Is.EqualTo(bwb));
        Assert.That(Catalog.FindByBwb(bwb).Entry?.Title, Is.EqualTo(title));
    }

    // Laws the BWB texts of Sr, Sv and Awb cite, with the ids the publisher's references give; found case and space tolerant.
    [TestCase("Kernenergiewet", "BWBR0002402")]
    [TestCase("kernenergiewet", "BWBR0002402")]
    [TestCase("Wet op de  jeugdzorg", "BWBR0016637")]
    [TestCase("POLITIEWET 1993", "BWBR0006299")]
    [TestCase("Algemene wet op het binnentreden", "BWBR0006763")]
    [TestCase("Wet toezicht financiele verslaggeving", "BWBR0020369")]
    [TestCase("Tracewet", "BWBR0006147")]
    [TestCase("Wet veiligheidsregio\u2019s", "BWBR0027466")]
    [TestCase("Wet overdracht tenuitvoerlegging strafvonnissen", "BWBR0004028")]
    [TestCase("Herinrichtingswet Oost-Groningen en de Gronings-Drentse Veenkoloniën", "BWBR0003143")]
    public void Finds_the_laws_the_bwb_texts_cite_by_title(string title, string bwb)
    {
        Assert.That(Catalog.FindByTitle(title).Entry?.Bwb, Is.EqualTo(bwb));
    }

    [TestCase("de artikelen 79 en 80 van de Kernenergiewet, in", "BWBR0002402")]
    [TestCase("artikel 1 van de Wet op de identificatieplicht ter inzage aanbiedt", "BWBR0006297")]
    [TestCase("artikel 2 van de Wet op de jeugdzorg opdragen", "BWBR0016637")]
    [TestCase("artikel 8 Awbi", "BWBR0006763")]
    public void Resolves_articles_of_the_added_laws(string text, string bwb)
    {
        var articles = CitationFinder.Extract(text).OfType<Citaties.Model.ArticleCitation>().ToList();

        Assert.That(articles, Is.Not.Empty);
        Assert.That(articles.Select(a => a.Law?.Bwb), Is.All.EqualTo(bwb));
    }

    [Test]
    public void Every_eu_act_has_a_well_formed_celex_that_agrees_with_its_type_year_and_number()
    {
        Assert.Multiple(() =>
        {
            foreach (var act in Catalog.EuActs)
            {
                Assert.That(act.Celex, Does.Match(LegislationCelex), act.Title);
                var descriptor = act.Type.EndsWith("kaderbesluit", System.StringComparison.OrdinalIgnoreCase) ? "F"
                    : act.Type.EndsWith("verordening", System.StringComparison.OrdinalIgnoreCase) ? "R"
                    : act.Type.EndsWith("richtlijn", System.StringComparison.OrdinalIgnoreCase) ? "L"
                    : act.Type.EndsWith("besluit", System.StringComparison.OrdinalIgnoreCase) ? "D"
                    : "?";
                Assert.That(act.Celex, Is.EqualTo($"3{act.Year:D4}{descriptor}{act.Number:D4}"), act.Title);
                Assert.That(act.Domain, Is.AnyOf("EU", "EG", "EEG", "JBZ", "GBVB", "Euratom", "EU, Euratom"), act.Title);
                Assert.That(act.ShortNames.Count + act.EnglishShortNames.Count, Is.GreaterThan(0), act.Title);
            }

            Assert.That(Catalog.EuActs.GroupBy(a => a.Celex).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
        });
    }

    [Test]
    public void The_act_number_in_every_eu_title_matches_its_fields()
    {
        Assert.Multiple(() =>
        {
            foreach (var act in Catalog.EuActs)
            {
                // Regulations before 2015 are numbered number/year, everything else year/number (citation-rules.md 9.1).
                var shortYear = act.Year < 1999 ? (act.Year % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) : act.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var expected = act.Year < 2015 && act.Type == "Verordening" ? $"{act.Number}/{act.Year}" : $"{shortYear}/{act.Number}";
                Assert.That(act.Title, Does.Contain(expected), act.Celex);
            }
        });
    }

    [Test]
    public void Court_codes_carry_the_status_of_the_snapshot()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.Courts.Where(c => c.Country == "NL").Count(c => c.Abolished), Is.EqualTo(144));
            Assert.That(Catalog.Courts.Where(c => !Regex.IsMatch(c.Code, "^[A-Z]+$")), Is.Empty);
            Assert.That(Catalog.Courts.GroupBy(c => c.Country + ":" + c.Code).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty);
            Assert.That(Catalog.Courts.Where(c => c.LastYear is not null && !c.Abolished), Is.Empty, "only abolished courts have a last year");
        });
    }
}
