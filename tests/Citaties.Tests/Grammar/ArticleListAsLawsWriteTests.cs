using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Article lists as laws and judgments write them (issue #16 item 2): every article keeps its own leden and the law
/// at the end; a number after <c>lid 7</c> is the next article, and bare numbers after <c>leden 1, tweede zin,</c>
/// are further leden. A list is one citation, one item per article (see <see cref="ArticleEnumerationTests"/>).
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
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(articles));
            Assert.That(citation.Articles[0].Paragraphs, Is.EqualTo(new[] { lid }));
            Assert.That(citation.Articles.Skip(1).Select(a => a.Paragraphs.Count), Is.All.Zero);
            Assert.That(citation.Text, Does.StartWith(text.Contains("art.") ? "art. " : "artikelen "));
            Assert.That(citation.LawText, Is.EqualTo(text.Contains(" Sv") ? "Sv" : "Sr"));
            Assert.That(citation.Links, Has.Count.EqualTo(articles.Length));
        });
    }

    // The brief's own example: 64 with its lid, 65 without; the canonical form writes each lid with its article.
    [Test]
    public void A_list_with_a_lid_on_its_first_article_is_one_citation()
    {
        var citation = Extract("Zie de artikelen 64 lid 2 en 65 Sr.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("artikelen 64 lid 2 en 65 Sr"));
            Assert.That(citation.Articles[0], Is.EqualTo(new ArticleItem("64") { Paragraphs = new[] { "2" }, ParagraphStyle = ParagraphStyle.Number }));
            Assert.That(citation.Articles[1], Is.EqualTo(new ArticleItem("65")));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 64, tweede lid, en 65 Sr"));
            Assert.That(citation.Links, Is.EqualTo(new[]
            {
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=64",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=65",
            }));
        });
    }

    // Issue #15 item 5: "De" starts the sentence, not the citation.
    [Test]
    public void Two_articles_of_the_grondwet_are_one_citation_without_the_determiner()
    {
        const string text = "De artikelen 10 en 11 van de Grondwet beschermen de persoonlijke levenssfeer.";

        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("artikelen 10 en 11 van de Grondwet"));
            Assert.That(citation.Span.Start, Is.EqualTo(3));
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "10", "11" }));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0001840"));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 10 en 11 van de Grondwet"));
            Assert.That(citation.Links, Is.EqualTo(new[]
            {
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001840&artikel=10",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001840&artikel=11",
            }));
        });
    }

    // rechtspraak/ECLI_NL_GHSHE_2015_1894.txt: "3:209" is no lid 3 followed by ":209".
    [Test]
    public void A_BW_article_after_a_single_lid_keeps_its_book()
    {
        var citation = Extract("af te dwingen (art. 3:207 lid 3 en 3:209 BW in verbinding met").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "3:207", "3:209" }));
            Assert.That(citation.Articles[0].Paragraphs, Is.EqualTo(new[] { "3" }));
            Assert.That(citation.Book, Is.EqualTo("3"));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 3:207, derde lid, en 3:209 BW"));
            Assert.That(citation.Links, Is.EqualTo(new[]
            {
                "https://wetten.overheid.nl/jci1.3:c:BWBR0005291&boek=3&artikel=207",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0005291&boek=3&artikel=209",
            }));
        });
    }

    // "lid" is singular: two leden are "leden 1 en 2" or "eerste en tweede lid"; the corpus has "lid N en M" only
    // with M an article (above), so a sloppy "lid 1 en 2" reads as two articles as well. A deliberate trade-off.
    [Test]
    public void A_single_lid_never_takes_a_list()
    {
        var citation = Extract("art. 6 lid 1 en 2 BW").Single();

        Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "6", "2" }));
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
            Assert.That(citation.Articles, Has.Count.EqualTo(1), "no false articles 2 and 4");
            Assert.That(citation.Articles[0].Paragraphs, Is.EqualTo(new[] { "1", "2", "4" }));
            Assert.That(citation.InEnumeration, Is.False);
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1266.txt (article 8 with two leden in the middle of the list).
    [Test]
    public void Keeps_leden_in_the_middle_of_a_list_with_their_article()
    {
        var citation = Extract("zijn de artikelen 2, 4, 5, 7, 8, eerste en tweede lid, en 9 niet van toepassing.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "2", "4", "5", "7", "8", "9" }));
            Assert.That(citation.Articles.Select(a => a.Paragraphs.Count), Is.EqualTo(new[] { 0, 0, 0, 0, 2, 0 }));
            Assert.That(citation.Text, Is.EqualTo("artikelen 2, 4, 5, 7, 8, eerste en tweede lid, en 9"));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 2, 4, 5, 7, 8, eerste en tweede lid, en 9"));
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AU1262.txt: a lid and an onderdeel without the comma before them.
    [Test]
    public void Keeps_a_lid_and_onderdeel_without_commas_with_their_article()
    {
        var citation = Extract("nadere regelen als bedoeld in de artikelen 3, 4 eerste lid, onder d, en 5.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "3", "4", "5" }));
            Assert.That(citation.Articles[1].Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(citation.Articles[1].Parts, Is.EqualTo(new[] { "d" }));
            Assert.That(citation.Parts, Is.Empty, "the citation's own fields are the first article's");
        });
    }

    [Test]
    public void Keeps_each_article_of_a_mixed_list_with_its_own_leden_and_the_law_at_the_end()
    {
        const string text = "de artikelen 12, 17, 40, eerste lid, 41a, derde lid, en 43 van de Wet op de rechterlijke organisatie";

        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "12", "17", "40", "41a", "43" }));
            Assert.That(citation.Articles.Select(a => string.Join(",", a.Paragraphs)), Is.EqualTo(new[] { "", "", "1", "3", "" }));
            Assert.That(citation.LawText, Is.EqualTo("Wet op de rechterlijke organisatie"));
            Assert.That(citation.Law?.Bwb, Is.Not.Null);
            Assert.That(citation.Links, Has.Count.EqualTo(5));
            Assert.That(citation.Text, Is.EqualTo(text.Substring(3)));
            Assert.That(citation.Canonical, Is.EqualTo(text.Substring(3)));
        });
    }

    // rechtspraak/ECLI_NL_CBB_*: a range inside a list, and leden of the first article before the others.
    [TestCase(
        "De navolgende beslissing berust op de artikelen 52, 53 en 54a tot en met 54g van de Wet op de Registeraccountants",
        new[] { "52", "53", "54a-54g" },
        "artikelen 52, 53 en 54a tot en met 54g van de Wet op de Registeraccountants")]
    [TestCase(
        "4.3 Deze uitspraak berust op de artikelen 33, eerste lid, 52 en 54f van de Wet op de Registeraccountants",
        new[] { "33", "52", "54f" },
        "artikelen 33, eerste lid, 52 en 54f van de Wet op de Registeraccountants")]
    [TestCase(
        "uitspraak op bezwaar het bepaalde in de artikelen 2:4, 7:11, eerste lid, en 10:3, derde lid, van de Algemene wet bestuursrecht, is nageleefd",
        new[] { "2:4", "7:11", "10:3" },
        "artikelen 2:4, 7:11, eerste lid, en 10:3, derde lid, van de Algemene wet bestuursrecht")]
    public void Keeps_a_list_from_the_corpus_whole(string sentence, string[] items, string canonical)
    {
        var citation = Extract(sentence).Single(c => c.Articles.Count > 1);

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.ToString()), Is.EqualTo(items));
            Assert.That(citation.Text, Does.StartWith("artikelen ").And.EndWith(canonical.Substring(canonical.LastIndexOf(" van ", System.StringComparison.Ordinal))));
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
        });
    }

    [TestCase("de artikelen 310-314 Sr", "310", "314", RangeStyle.Hyphen)]
    [TestCase("de artikelen 150 tot en met 156 Sv", "150", "156", RangeStyle.TotEnMet)]
    public void Reads_a_range_as_one_citation(string text, string from, string to, RangeStyle style)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles, Is.EqualTo(new[] { new ArticleItem(from, to) { RangeStyle = style } }));
            Assert.That(citation.RangeStyle, Is.EqualTo(style));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen " + from + " tot en met " + to + " " + text.Substring(text.Length - 2)));
        });
    }
}
