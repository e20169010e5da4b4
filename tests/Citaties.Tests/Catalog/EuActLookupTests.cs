using System.Linq;
using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class EuActLookupTests
{
    private static LawCatalog Catalog => LawCatalog.Default;

    [Test]
    public void Finds_the_dsa_by_celex_with_its_article_count()
    {
        var dsa = Catalog.FindEuActByCelex("32022R2065").Entry;

        Assert.That(dsa, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(dsa!.Type, Is.EqualTo("Verordening"));
            Assert.That(dsa.Domain, Is.EqualTo("EU"));
            Assert.That((dsa.Year, dsa.Number), Is.EqualTo((2022, 2065)));
            Assert.That(dsa.ArticleCount, Is.EqualTo(93));
            Assert.That(dsa.ShortNames, Does.Contain("DSA").And.Contain("digitaledienstenverordening"));
            Assert.That(dsa.EnglishShortNames, Does.Contain("Digital Services Act"));
        });
    }

    [TestCase("DSA", "32022R2065")]
    [TestCase("digitaledienstenverordening", "32022R2065")]
    [TestCase("Digital Services Act", "32022R2065")]
    [TestCase("AVG", "32016R0679")]
    [TestCase("GDPR", "32016R0679")]
    [TestCase("algemene verordening gegevensbescherming", "32016R0679")]
    [TestCase("DMA", "32022R1925")]
    [TestCase("AI-verordening", "32024R1689")]
    [TestCase("AI Act", "32024R1689")]
    [TestCase("e-commerce richtlijn", "32000L0031")]
    [TestCase("e-commercerichtlijn", "32000L0031")]
    [TestCase("richtlijn elektronische handel", "32000L0031")]
    [TestCase("AVMSD", "32010L0013")]
    [TestCase("Dienstenrichtlijn", "32006L0123")]
    [TestCase("Habitatrichtlijn", "31992L0043")]
    [TestCase("Rome I", "32008R0593")]
    [TestCase("Brussel I-bis", "32012R1215")]
    [TestCase("Dublinverordening", "32013R0604")]
    [TestCase("NIS2", "32022L2555")]
    [TestCase("MiCA", "32023R1114")]
    [TestCase("Btw-richtlijn", "32006L0112")]
    [TestCase("Douanewetboek van de Unie", "32013R0952")]
    [TestCase("Richtlijn politie en justitie", "32016L0680")]
    public void Finds_an_act_by_its_dutch_or_english_short_name(string name, string celex)
    {
        var match = Catalog.FindEuActByName(name);

        Assert.That(match.IsAmbiguous, Is.False);
        Assert.That(match.Entry?.Celex, Is.EqualTo(celex));
    }

    [Test]
    public void Reports_a_short_name_in_the_wrong_case()
    {
        var match = Catalog.FindEuActByName("avg");

        Assert.That(match.Entry?.Celex, Is.EqualTo("32016R0679"));
        Assert.That(match.ExactCase, Is.False);
        Assert.That(match.MatchedName, Is.EqualTo("AVG"));
    }

    [TestCase(2022, 2065, "Verordening", "32022R2065")]
    [TestCase(2008, 593, "Verordening", "32008R0593")]
    [TestCase(2000, 31, "Richtlijn", "32000L0031")]
    [TestCase(1992, 43, "Richtlijn", "31992L0043")]
    [TestCase(2002, 584, "Kaderbesluit", "32002F0584")]
    [TestCase(2021, 914, "Uitvoeringsbesluit", "32021D0914")]
    public void Finds_an_act_by_type_year_and_number(int year, int number, string type, string celex)
    {
        Assert.That(Catalog.FindEuAct(year, number, type).Entry?.Celex, Is.EqualTo(celex));
        Assert.That(Catalog.FindEuAct(year, number).Candidates.Select(a => a.Celex), Does.Contain(celex));
    }

    [Test]
    public void Tells_a_directive_and_a_regulation_with_the_same_number_apart_by_type()
    {
        // Before 2015 directives and regulations were numbered separately: 2013/32/EU is a directive.
        Assert.That(Catalog.FindEuAct(2013, 32, "Verordening").Found, Is.False);
        Assert.That(Catalog.FindEuAct(2013, 32, "Richtlijn").Entry?.Title, Does.Contain("Richtlijn 2013/32/EU"));
    }

    [TestCase("CELEX:32016R0679")]
    [TestCase("celex: 32016r0679")]
    [TestCase("02016R0679-20160504")]
    public void Finds_an_act_by_a_prefixed_lower_case_or_consolidated_celex(string written)
    {
        Assert.That(Catalog.FindEuActByCelex(written).Entry?.Celex, Is.EqualTo("32016R0679"));
    }

    [TestCase("")]
    [TestCase("32099R9999")]
    [TestCase("0-")]
    public void Finds_nothing_for_an_unknown_celex(string written)
    {
        Assert.That(Catalog.FindEuActByCelex(written).Found, Is.False);
    }
}
