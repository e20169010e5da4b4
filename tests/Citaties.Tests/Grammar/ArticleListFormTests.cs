using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>List forms of leden, onderdelen and articles seen in the BWB law texts (Sr, Sv, Awb).</summary>
[TestFixture]
public class ArticleListFormTests
{
    private static List<ArticleCitation> Articles(string text) => CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [Test]
    public void A_lid_after_en_adds_to_the_leden_before_it()
    {
        var c = Articles("bedoeld in artikel 27a, eerste lid, eerste volzin, en tweede lid, van het Wetboek van Strafvordering.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(c.Paragraphs, Is.EqualTo(new[] { "1", "2" }));
            Assert.That(c.Sentence, Is.EqualTo("1"));
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(c.Text, Does.EndWith("Wetboek van Strafvordering"));
        });
    }

    [TestCase("artikel 126m, derde of vierde lid", new[] { "3", "4" })]
    [TestCase("artikel 36e, eerste onderscheidenlijk derde lid", new[] { "1", "3" })]
    [TestCase("artikel 38w, tweede tot en met het vierde lid", new[] { "2", "3", "4" })]
    [TestCase("artikel 5, leden 1 of 2", new[] { "1", "2" })]
    public void Leden_joined_by_of_or_onderscheidenlijk_or_a_range_with_het(string text, string[] paragraphs)
    {
        Assert.That(Articles(text).Single().Paragraphs, Is.EqualTo(paragraphs));
    }

    [TestCase("artikel 353, tweede lid, onder b of c", new[] { "b", "c" }, new string[0])]
    [TestCase("artikel 28, eerste lid, onder 1°-4°", new string[0], new[] { "1°", "4°" })]
    [TestCase("artikel 226, eerste lid, onder 2°\u20135°", new string[0], new[] { "2°", "5°" })]
    public void Onderdelen_joined_by_of_and_ranges_of_subonderdelen(string text, string[] parts, string[] subparts)
    {
        var c = Articles(text).Single();

        Assert.That(c.Parts, Is.EqualTo(parts));
        Assert.That(c.Subparts, Is.EqualTo(subparts));
    }

    [TestCase("artikel 16b dan wel 16h van de Advocatenwet", "dan wel")]
    [TestCase("de artikelen 16b respectievelijk 16h van de Advocatenwet", "respectievelijk")]
    [TestCase("artikel 16b of 16h van de Advocatenwet", "of")]
    [TestCase("artikel 16b onderscheidenlijk 16h van de Advocatenwet", "onderscheidenlijk")]
    public void Articles_joined_by_of_dan_wel_or_respectievelijk_share_their_law(string text, string conjunction)
    {
        var citation = Articles(text).Single();

        Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "16b", "16h" }));
        Assert.That(citation.LawText, Is.EqualTo("Advocatenwet"));
        Assert.That(citation.Conjunction, Is.EqualTo(conjunction));
        Assert.That(citation.Canonical, Is.EqualTo("artikelen 16b " + conjunction + " 16h van de Advocatenwet"));
    }

    [Test]
    public void An_enumeration_longer_than_the_window_still_reaches_its_law()
    {
        var numbers = Enumerable.Range(300, 200).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = "De artikelen " + string.Join(", ", numbers) + " en 600 van het Wetboek van Strafvordering zijn van toepassing.";

        var citation = Articles(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(text.Length, Is.GreaterThan(4 * 240), "longer than the first two windows");
            Assert.That(citation.Articles, Has.Count.EqualTo(201));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(citation.Text, Does.StartWith("artikelen 300, 301").And.EndWith("en 600 van het Wetboek van Strafvordering"));
        });
    }
}

/// <summary>Where an article without a law ends before the next sentence.</summary>
[TestFixture]
public class ArticleSentenceEndTests
{
    [TestCase("Artikel 245\nTegen de beslissing staat beroep open.")]
    [TestCase("Artikel 250\nZoals de regering eerder heeft toegelicht, geldt dit.")]
    public void A_capitalised_function_word_after_a_heading_is_no_law_abbreviation(string text)
    {
        var c = CitationFinder.Extract(text).OfType<ArticleCitation>().Single();

        Assert.That(c.LawText, Is.Null);
        Assert.That(c.Text, Does.Not.Contain("\n"));
    }
}
