using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Article lists as laws and judgments write them (issue #16 item 2): every article keeps its own leden and the law
/// at the end; a number after <c>lid 7</c> is the next article, and bare numbers after <c>leden 1, tweede zin,</c>
/// are further leden. An enumeration is one citation per article (see <see cref="ArticleEnumerationTests"/>).
/// </summary>
[TestFixture]
public class ArticleListAsLawsWriteTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    // rechtspraak/ECLI_NL_HR_1988_AD0289.txt: these read as article 359 with leden 7 and 423, and 297 with 5, 415, 423.
    [TestCase("in het bijzonder van de art. 359 lid 7 en 423 Sv, doordat het hof", new[] { "359", "423" }, "7")]
    [TestCase("in het bijzonder van de art. 297 lid 5, 415 en 423 Sv, nu het hof", new[] { "297", "415", "423" }, "5")]
    [TestCase("de artikelen 64 lid 2 en 65 Sr", new[] { "64", "65" }, "2")]
    public void A_number_after_a_single_lid_is_the_next_article(string text, string[] articles, string lid)
    {
        var citations = Extract(text);

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(articles));
            Assert.That(citations[0].Paragraphs, Is.EqualTo(new[] { lid }));
            Assert.That(citations.Skip(1).Select(c => c.Paragraphs.Count), Is.All.Zero);
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo(text.Contains(" Sv") ? "Sv" : "Sr"));
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.Not.Null);
        });
    }

    // rechtspraak/ECLI_NL_GHSHE_2015_1894.txt: "3:209" is no lid 3 followed by ":209".
    [Test]
    public void A_BW_article_after_a_single_lid_keeps_its_book()
    {
        var citations = Extract("af te dwingen (art. 3:207 lid 3 en 3:209 BW in verbinding met");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "3:207", "3:209" }));
            Assert.That(citations[0].Paragraphs, Is.EqualTo(new[] { "3" }));
            Assert.That(citations.Select(c => c.Canonical), Is.EqualTo(new[] { "artikel 3:207, derde lid, BW", "artikel 3:209 BW" }));
        });
    }

    // "lid" is singular: two leden are "leden 1 en 2" or "eerste en tweede lid"; the corpus has "lid N en M" only
    // with M an article (above), so a sloppy "lid 1 en 2" reads as two articles as well. A deliberate trade-off.
    [Test]
    public void A_single_lid_never_takes_a_list()
    {
        var citations = Extract("art. 6 lid 1 en 2 BW");

        Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "6", "2" }));
    }

    [Test]
    public void Leden_still_take_a_list()
    {
        var citation = Extract("art. 6:162 leden 1 en 2 BW").Single();

        Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public void Bare_numbers_after_leden_and_a_zin_are_more_leden_not_articles()
    {
        var citation = Extract("artikel 197 leden 1, tweede zin, 2 en 4 van Boek 7 van het Burgerlijk Wetboek").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("artikel 197 leden 1, tweede zin, 2 en 4 van Boek 7 van het Burgerlijk Wetboek"));
            Assert.That(citation.Article, Is.EqualTo("197"));
            Assert.That(citation.Book, Is.EqualTo("7"));
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "1", "2", "4" }));
            Assert.That(citation.Sentence, Is.EqualTo("2"));
            Assert.That(citation.InEnumeration, Is.False);
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1266.txt (article 8 with two leden in the middle of the list).
    [Test]
    public void Keeps_leden_in_the_middle_of_a_list_with_their_article()
    {
        var citations = Extract("zijn de artikelen 2, 4, 5, 7, 8, eerste en tweede lid, en 9 niet van toepassing.");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "2", "4", "5", "7", "8", "9" }));
            Assert.That(citations.Select(c => c.Paragraphs.Count), Is.EqualTo(new[] { 0, 0, 0, 0, 2, 0 }));
            Assert.That(citations[4].Text, Is.EqualTo("8, eerste en tweede lid"));
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1262.txt: a lid and an onderdeel without the comma before them.
    [Test]
    public void Keeps_a_lid_and_onderdeel_without_commas_with_their_article()
    {
        var citations = Extract("nadere regelen als bedoeld in de artikelen 3, 4 eerste lid, onder d, en 5.");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "3", "4", "5" }));
            Assert.That(citations[1].Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(citations[1].Parts, Is.EqualTo(new[] { "d" }));
        });
    }

    [Test]
    public void Keeps_each_article_of_a_mixed_list_with_its_own_leden_and_the_law_at_the_end()
    {
        var citations = Extract("de artikelen 12, 17, 40, eerste lid, 41a, derde lid, en 43 van de Wet op de rechterlijke organisatie");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "12", "17", "40", "41a", "43" }));
            Assert.That(citations.Select(c => string.Join(",", c.Paragraphs)), Is.EqualTo(new[] { "", "", "1", "3", "" }));
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo("Wet op de rechterlijke organisatie"));
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.EqualTo(citations[0].Law?.Bwb).And.All.Not.Null);
        });
    }

    [TestCase("de artikelen 310-314 Sr", "310", "314", RangeStyle.Hyphen)]
    [TestCase("de artikelen 150 tot en met 156 Sv", "150", "156", RangeStyle.TotEnMet)]
    public void Reads_a_range_as_one_citation(string text, string from, string to, RangeStyle style)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles, Is.EqualTo(new[] { new ArticleItem(from, to) }));
            Assert.That(citation.RangeStyle, Is.EqualTo(style));
            Assert.That(citation.Canonical, Is.EqualTo("de artikelen " + from + " tot en met " + to + " " + text.Substring(text.Length - 2)));
        });
    }
}
