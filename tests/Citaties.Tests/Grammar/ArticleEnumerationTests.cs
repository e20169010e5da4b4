using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Lists and jo. chains (issue #15 item 5): a list is one citation from its keyword through the law, one item per
/// article with its own leden; a jo. chain is one citation per side, each with its own span and the shared law.
/// </summary>
[TestFixture]
public class ArticleEnumerationTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [Test]
    public void Reads_a_list_as_one_citation_with_the_shared_law()
    {
        const string text = "Zie de artikelen 10, 14a en 304 van het Wetboek van Strafrecht.";

        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "10", "14a", "304" }));
            Assert.That(citation.Article, Is.EqualTo("10"));
            Assert.That(citation.Text, Is.EqualTo("artikelen 10, 14a en 304 van het Wetboek van Strafrecht"));
            Assert.That(citation.Span, Is.EqualTo(new TextSpan(7, 55)));
            Assert.That(citation.LawText, Is.EqualTo("Wetboek van Strafrecht"));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.Title));
            Assert.That(citation.Determiner, Is.EqualTo("de"));
            Assert.That(citation.Conjunction, Is.EqualTo("en"));
            Assert.That(citation.InEnumeration, Is.False);
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 10, 14a en 304 van het Wetboek van Strafrecht"));
            Assert.That(citation.Links, Is.EqualTo(new[]
            {
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=10",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=14a",
                "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=304",
            }));
        });
    }

    [Test]
    public void Reads_two_articles_joined_by_en_as_one_citation()
    {
        var citation = Extract("de artikelen 12b en 12c").Single();

        Assert.That(citation.Text, Is.EqualTo("artikelen 12b en 12c"));
        Assert.That(citation.Articles, Is.EqualTo(new[] { new ArticleItem("12b"), new ArticleItem("12c") }));
        Assert.That(citation.LawForm, Is.EqualTo(LawForm.None));
    }

    [Test]
    public void Keeps_the_leden_of_each_article_with_that_article()
    {
        var citation = Extract("de artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(new[] { "3", "5" }));
            Assert.That(citation.Articles[0].Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(citation.Articles[1].Paragraphs, Is.EqualTo(new[] { "2" }));
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "1" }), "the citation's own leden are the first article's");
            Assert.That(citation.Text, Is.EqualTo("artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht"));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht"));
            Assert.That(citation.Format(ArticleStyle.Literature), Is.EqualTo("art. 3 lid 1 en 5 lid 2 Awb"));
        });
    }

    [Test]
    public void Splits_a_juncto_chain_and_marks_it()
    {
        var citations = Extract("Vgl. art. 3:105 jo. 3:306 BW.");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "art. 3:105", "3:306 BW" }));
            Assert.That(citations.Select(c => c.Juncto), Is.All.True);
            Assert.That(citations.Select(c => c.Book), Is.All.EqualTo("3"));
            Assert.That(citations.Select(c => c.ArticleInBook), Is.EqualTo(new[] { "105", "306" }));
            Assert.That(citations.Select(c => c.Canonical), Is.EqualTo(new[] { "artikel 3:105 BW", "artikel 3:306 BW" }));
        });
    }

    [Test]
    public void Takes_a_repeated_keyword_after_jo_into_the_span()
    {
        var citations = Extract("artikel 359a jo. artikel 360 Sv");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikel 359a", "artikel 360 Sv" }));
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo("Sv"));
            Assert.That(citations.Select(c => c.Juncto), Is.All.True);
        });
    }

    // The list before "jo." is one side, the article after it the other.
    [Test]
    public void Splits_a_list_from_the_article_a_jo_joins_it_to()
    {
        var citations = Extract("artikelen 3, 4 jo. 5 Sr");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => string.Join(",", c.Articles.Select(a => a.From))), Is.EqualTo(new[] { "3,4", "5" }));
            Assert.That(citations.Select(c => c.Juncto), Is.EqualTo(new[] { true, true }));
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikelen 3, 4", "5 Sr" }));
        });
    }

    [Test]
    public void Parses_a_list_as_one_input_with_try_parse()
    {
        var result = CitationFinder.TryParse("artikelen 10, 14a en 304 van het Wetboek van Strafrecht");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citations.Select(c => c.Span), Is.EqualTo(new[] { new TextSpan(0, 55) }));
    }

    [Test]
    public void Gives_each_article_of_a_list_with_old_at_the_end_the_old_mark()
    {
        var citation = Extract("art. 8 en 9 Sr (oud)").Single();

        Assert.That(citation.Articles.Select(a => a.Old), Is.All.True);
        Assert.That(citation.Old, Is.True);
        Assert.That(citation.Text, Is.EqualTo("art. 8 en 9 Sr (oud)"));
        Assert.That(citation.Canonical, Is.EqualTo("artikelen 8 en 9 Sr (oud)"));
    }

    // BW articles of different books are different laws: the list is split where the book changes.
    [Test]
    public void Splits_a_list_where_the_bw_book_changes()
    {
        var citations = Extract("artt. 3:40, 3:44 en 6:162 BW");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => string.Join(",", c.Articles.Select(a => a.From))), Is.EqualTo(new[] { "3:40,3:44", "6:162" }));
            Assert.That(citations.Select(c => c.Book), Is.EqualTo(new[] { "3", "6" }));
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.EqualTo(new[] { "BWBR0005291", "BWBR0005289" }));
            Assert.That(citations.Select(c => c.InEnumeration), Is.All.True);
        });
    }
    // A comma may stand before the joining word: the law at the end is shared by every article before it.
    [TestCase("artikel 14a, 38v, of 77x van het Wetboek van Strafrecht", new[] { "14a", "38v", "77x" })]
    [TestCase("artikel 226h, derde lid, of artikel 226k, eerste lid, van het Wetboek van Strafrecht", new[] { "226h", "226k" })]
    [TestCase("artikel 38c, artikel 38k, dan wel artikel 38la, zesde lid, van het Wetboek van Strafrecht", new[] { "38c", "38k", "38la" })]
    [TestCase("artikel 5, respectievelijk 6 van het Wetboek van Strafrecht", new[] { "5", "6" })]
    public void Shares_the_law_over_a_comma_before_the_joining_word(string text, string[] articles)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Articles.Select(a => a.From), Is.EqualTo(articles));
            Assert.That(citation.Text, Is.EqualTo(text));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0001854"));
            Assert.That(citation.Links, Has.Count.EqualTo(articles.Length));
            Assert.That(citation.Juncto, Is.False);
        });
    }

    // The list's word is kept: "of" and "respectievelijk" do not say what "en" says.
    [TestCase("artikel 14a, 38v, of 77x van het Wetboek van Strafrecht", "artikelen 14a, 38v of 77x van het Wetboek van Strafrecht")]
    [TestCase("artikel 5, respectievelijk 6 van het Wetboek van Strafrecht", "artikelen 5 respectievelijk 6 van het Wetboek van Strafrecht")]
    [TestCase("artikel 226h, derde lid, of artikel 226k, eerste lid, van het Wetboek van Strafrecht", "artikelen 226h, derde lid, of 226k, eerste lid, van het Wetboek van Strafrecht")]
    public void Writes_a_list_with_the_word_it_was_written_with(string text, string canonical)
    {
        Assert.That(Extract(text).Single().Canonical, Is.EqualTo(canonical));
    }

    [Test]
    public void Reads_a_comma_before_juncto_as_a_juncto_chain()
    {
        var citations = Extract("artikel 18f, eerste lid, juncto artikel 18d van de Zorgverzekeringswet");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikel 18f, eerste lid", "artikel 18d van de Zorgverzekeringswet" }));
            Assert.That(citations.Select(c => c.Juncto), Is.All.True);
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.EqualTo("BWBR0018450"));
        });
    }

    // "in verband met", "in samenhang met", "in verbinding met" read two articles together, like "juncto".
    [TestCase("artikel 90quinquies, tweede lid, in samenhang met artikel 37d van het Wetboek van Strafrecht", "90quinquies", "37d")]
    [TestCase("de artikelen 77u, eerste lid, in verband met artikel 14i, derde lid, van het Wetboek van Strafrecht", "77u", "14i")]
    [TestCase("artikel 5 in verbinding met artikel 6 van het Wetboek van Strafrecht", "5", "6")]
    public void Reads_in_verband_met_as_juncto(string text, string first, string second)
    {
        var citations = Extract(text);

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { first, second }));
            Assert.That(citations.Select(c => c.Juncto), Is.All.True);
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.EqualTo("BWBR0001854"));
            Assert.That(citations[1].Text, Does.StartWith("artikel " + second));
        });
    }

    // Without the keyword the words are prose: "artikel 5 in verband met de vorige zin" is just artikel 5.
    [TestCase("artikel 5 in verband met de vorige zin")]
    [TestCase("artikel 5 in samenhang met 3 andere bepalingen")]
    [TestCase("artikel 5, of de wet van toepassing is")]
    public void Leaves_a_joining_word_without_an_article_after_it_alone(string text)
    {
        var citations = Extract(text);

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikel 5" }));
    }
}
