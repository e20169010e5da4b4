using System.Linq;
using Citaties.Catalog;

namespace Citaties.Tests.Catalog;

[TestFixture]
public class LawLookupTests
{
    private static LawCatalog Catalog => LawCatalog.Default;

    [Test]
    public void Finds_a_law_by_its_abbreviation_as_written()
    {
        var match = Catalog.FindByAbbreviation("Awb");

        Assert.Multiple(() =>
        {
            Assert.That(match.Entry?.Title, Is.EqualTo("Algemene wet bestuursrecht"));
            Assert.That(match.ExactCase, Is.True);
            Assert.That(match.IsAmbiguous, Is.False);
            Assert.That(match.MatchedName, Is.EqualTo("Awb"));
        });
    }

    [TestCase("AWB")]
    [TestCase("awb")]
    public void Finds_an_abbreviation_in_the_wrong_case_and_says_so(string written)
    {
        var match = Catalog.FindByAbbreviation(written);

        Assert.That(match.Entry?.Bwb, Is.EqualTo("BWBR0005537"));
        Assert.That(match.ExactCase, Is.False);
        Assert.That(match.MatchedName, Is.EqualTo("Awb"), "the catalog spelling, for a fix");
    }

    [TestCase("Wet IB 2001", "BWBR0011353")]
    [TestCase("Wet\u00A0IB\u00A02001", "BWBR0011353")]
    [TestCase("Wet  IB 2001", "BWBR0011353")]
    [TestCase("Vw 2000", "BWBR0011823")]
    [TestCase("Vw2000", "BWBR0011823")]
    [TestCase("Sv", "BWBR0001903")]
    [TestCase("WvSv", "BWBR0001903")]
    [TestCase("Sr", "BWBR0001854")]
    [TestCase("Rv", "BWBR0001827")]
    [TestCase("Gw", "BWBR0001840")]
    [TestCase("Arbowet", "BWBR0010346")]
    [TestCase("Woo", "BWBR0045754")]
    [TestCase("Ar", "BWBR0005730")]
    public void Finds_official_and_customary_abbreviations_whatever_the_spacing(string written, string bwb)
    {
        var match = Catalog.FindByAbbreviation(written);

        Assert.That(match.Entry?.Bwb, Is.EqualTo(bwb));
        Assert.That(match.ExactCase, Is.True, "spaces are not case");
    }

    [TestCase("Ow", "Opiumwet", "Omgevingswet")]
    [TestCase("Pw", "Participatiewet", "Politiewet 2012")]
    [TestCase("Aw", "Auteurswet", "Ambtenarenwet 2017")]
    public void Reports_an_abbreviation_of_several_laws_as_ambiguous(string written, string one, string other)
    {
        var match = Catalog.FindByAbbreviation(written);

        Assert.Multiple(() =>
        {
            Assert.That(match.IsAmbiguous, Is.True);
            Assert.That(match.IsBookGroup, Is.False);
            Assert.That(match.Entry, Is.Null);
            Assert.That(match.Candidates.Select(c => c.Title), Does.Contain(one).And.Contain(other));
        });
    }

    [Test]
    public void Resolves_bw_with_a_book_to_that_book()
    {
        var match = Catalog.FindByAbbreviation("BW", "6");

        Assert.That(match.Entry?.Title, Is.EqualTo("Burgerlijk Wetboek Boek 6"));
        Assert.That(match.Entry?.Bwb, Is.EqualTo("BWBR0005289"));
        Assert.That(match.IsBookGroup, Is.False);
        Assert.That(Catalog.FindByAbbreviation("BW", "7a").Entry?.Bwb, Is.EqualTo("BWBR0006000"));
    }

    [Test]
    public void Resolves_bw_without_a_book_to_the_books_as_a_group_not_an_ambiguity()
    {
        var match = Catalog.FindByAbbreviation("BW");

        Assert.Multiple(() =>
        {
            Assert.That(match.Found, Is.True);
            Assert.That(match.IsBookGroup, Is.True);
            Assert.That(match.IsAmbiguous, Is.False);
            Assert.That(match.Entry, Is.Null, "no single book");
            Assert.That(match.Candidates, Has.Count.EqualTo(10));
            Assert.That(match.Candidates.Select(c => c.Bwb), Does.Not.Contain(null));
        });
    }

    [Test]
    public void Finds_nothing_for_a_book_the_bw_does_not_have()
    {
        var match = Catalog.FindByAbbreviation("BW", "9");

        Assert.That(match.Found, Is.False);
        Assert.That(match.MatchedName, Is.Null);
    }

    [Test]
    public void Ignores_a_book_for_a_law_without_books()
    {
        Assert.That(Catalog.FindByAbbreviation("Sv", "6").Entry?.Bwb, Is.EqualTo("BWBR0001903"));
    }

    [TestCase("Wetboek van Strafvordering")]
    [TestCase("wetboek van strafvordering")]
    [TestCase("WETBOEK VAN STRAFVORDERING")]
    [TestCase("Wetboek  van\u00A0Strafvordering")]
    [TestCase(" het Wetboek van Strafvordering ")]
    public void Finds_a_law_by_title_whatever_the_case_and_spacing(string written)
    {
        Assert.That(Catalog.FindByTitle(written).Entry?.Bwb, Is.EqualTo("BWBR0001903"));
    }

    [Test]
    public void Reports_whether_a_title_was_written_with_the_catalog_capitals()
    {
        Assert.That(Catalog.FindByTitle("Wetboek van Strafvordering").ExactCase, Is.True);
        Assert.That(Catalog.FindByTitle("wetboek van strafvordering").ExactCase, Is.False);
    }

    [TestCase("de Algemene wet bestuursrecht", "BWBR0005537")]
    [TestCase("Financiele-verhoudingswet", "BWBR0008290")]
    [TestCase("Financiële verhoudingswet", "BWBR0008290")]
    [TestCase("Wet werk en bijstand", "BWBR0015703")]
    [TestCase("Drank- en Horecawet", "BWBR0002458")]
    [TestCase("Ambtenarenwet", "BWBR0001947")]
    public void Finds_a_law_by_another_title_or_a_variant_spelling(string written, string bwb)
    {
        Assert.That(Catalog.FindByTitle(written).Entry?.Bwb, Is.EqualTo(bwb));
    }

    [Test]
    public void Finds_the_burgerlijk_wetboek_as_a_group_and_by_book()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.FindByTitle("het Burgerlijk Wetboek").IsBookGroup, Is.True);
            Assert.That(Catalog.FindByTitle("het Burgerlijk Wetboek", "6").Entry?.Bwb, Is.EqualTo("BWBR0005289"));
            Assert.That(Catalog.FindByTitle("Boek 6 van het Burgerlijk Wetboek").Entry?.Bwb, Is.EqualTo("BWBR0005289"));
            Assert.That(Catalog.FindByTitle("boek 7A van het Burgerlijk Wetboek").Entry?.Bwb, Is.EqualTo("BWBR0006000"));
            Assert.That(Catalog.FindByTitle("Burgerlijk Wetboek Boek 3").Entry?.Bwb, Is.EqualTo("BWBR0005291"));
        });
    }

    [Test]
    public void Knows_the_wob_was_replaced_by_the_woo()
    {
        var wob = Catalog.FindByAbbreviation("Wob").Entry;
        var woo = Catalog.FindByAbbreviation("Woo").Entry;

        Assert.That(wob?.Repealed, Is.True);
        Assert.That(woo?.Repealed, Is.False);
    }

    [TestCase("bwbr0001903")]
    [TestCase(" BWBR0001903 ")]
    public void Finds_a_law_by_bwb_id_tolerantly(string written)
    {
        var match = Catalog.FindByBwb(written);

        Assert.That(match.Entry?.Title, Is.EqualTo("Wetboek van Strafvordering"));
        Assert.That(match.ExactCase, Is.EqualTo(written.Trim() == "BWBR0001903"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("-")]
    [TestCase("Xyzwet")]
    [TestCase("BWBR9999999")]
    public void Finds_nothing_for_unknown_or_empty_text_without_throwing(string written)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.FindByAbbreviation(written).Found, Is.False);
            Assert.That(Catalog.FindByTitle(written).Found, Is.False);
            Assert.That(Catalog.FindByBwb(written).Found, Is.False);
        });
    }

    [Test]
    public void Finds_nothing_for_very_long_text()
    {
        var text = new string('a', 100_000);

        Assert.That(Catalog.FindByTitle(text).Found, Is.False);
        Assert.That(Catalog.FindByAbbreviation(text).Found, Is.False);
    }
}
