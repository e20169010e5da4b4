using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class TreatyAndCourtLookupTests
{
    private static LawCatalog Catalog => LawCatalog.Default;

    [TestCase("EVRM", "Verdrag tot bescherming van de rechten van de mens en de fundamentele vrijheden")]
    [TestCase("VEU", "Verdrag betreffende de Europese Unie")]
    [TestCase("VWEU", "Verdrag betreffende de werking van de Europese Unie")]
    [TestCase("Handvest", "Handvest van de grondrechten van de Europese Unie")]
    [TestCase("IVBPR", "Internationaal Verdrag inzake burgerrechten en politieke rechten")]
    [TestCase("IVRK", "Verdrag inzake de rechten van het kind")]
    [TestCase("VEGA", "Verdrag tot oprichting van de Europese Gemeenschap voor Atoomenergie")]
    [TestCase("Vluchtelingenverdrag", "Verdrag betreffende de status van vluchtelingen")]
    public void Finds_a_treaty_by_abbreviation(string abbreviation, string title)
    {
        var match = Catalog.FindTreaty(abbreviation);

        Assert.That(match.Entry?.Title, Is.EqualTo(title));
        Assert.That(match.ExactCase, Is.True);
    }

    [Test]
    public void Knows_the_identifiers_of_the_evrm_and_the_eu_treaties()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.FindTreaty("EVRM").Entry?.Bwb, Is.EqualTo("BWBV0001000"));
            Assert.That(Catalog.FindTreaty("VWEU").Entry?.Celex, Is.EqualTo("12016E/TXT"));
            Assert.That(Catalog.FindTreaty("evrm").ExactCase, Is.False);
        });
    }

    [TestCase("HR", "Hoge Raad", false)]
    [TestCase("RBAMS", "Rechtbank Amsterdam", false)]
    [TestCase("RVS", "Raad van State", false)]
    [TestCase("RBSGR", "Rechtbank 's-Gravenhage", true)]
    [TestCase("GHARN", "Gerechtshof Arnhem", true)]
    [TestCase("KTGAMS", "Kantongerecht Amsterdam", true)]
    public void Finds_a_dutch_court_code_with_its_status(string code, string name, bool abolished)
    {
        var court = Catalog.FindCourt(code).Entry;

        Assert.That(court?.Name, Is.EqualTo(name));
        Assert.That(court?.Abolished, Is.EqualTo(abolished));
    }

    [TestCase("RBSGR", 2012)]
    [TestCase("GHSGR", 2012)]
    [TestCase("GHLEE", 2012)]
    [TestCase("RBALK", 2012)]
    [TestCase("RBONE", 2013)]
    public void Knows_the_last_year_of_the_courts_the_2013_court_map_abolished(string code, int lastYear)
    {
        Assert.That(Catalog.FindCourt(code).Entry?.LastYear, Is.EqualTo(lastYear));
    }

    [Test]
    public void Finds_european_courts_under_their_own_country_part()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.FindCourt("C", "EU").Entry?.Name, Is.EqualTo("Hof van Justitie van de Europese Unie"));
            Assert.That(Catalog.FindCourt("T", "EU").Found, Is.True);
            Assert.That(Catalog.FindCourt("F", "EU").Entry?.Abolished, Is.True);
            Assert.That(Catalog.FindCourt("ECHR", "CE").Found, Is.True);
            Assert.That(Catalog.FindCourt("C").Found, Is.False, "C is not a Dutch court");
        });
    }

    [Test]
    public void Reports_a_court_code_not_written_in_capitals()
    {
        var match = Catalog.FindCourt("hr");

        Assert.That(match.Entry?.Code, Is.EqualTo("HR"));
        Assert.That(match.ExactCase, Is.False);
    }

    [TestCase("XYZ")]
    [TestCase("")]
    public void Finds_nothing_for_an_unknown_court(string code)
    {
        Assert.That(Catalog.FindCourt(code).Found, Is.False);
    }
}
