using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>Enumerations and jo. chains: one citation per article, each with its own span and the shared law.</summary>
[TestFixture]
public class ArticleEnumerationTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [Test]
    public void Splits_an_enumeration_into_one_citation_per_article_with_the_shared_law()
    {
        const string text = "Zie de artikelen 10, 14a en 304 van het Wetboek van Strafrecht.";

        var citations = Extract(text);

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "10", "14a", "304" }));
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "de artikelen 10", "14a", "304 van het Wetboek van Strafrecht" }));
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo("Wetboek van Strafrecht"));
            Assert.That(citations.Select(c => c.LawForm), Is.All.EqualTo(LawForm.Title));
            Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(4, 15)));
            Assert.That(citations[0].Determiner, Is.EqualTo("de"));
            Assert.That(citations[1].Determiner, Is.Null);
            Assert.That(citations.Select(c => c.Canonical), Is.EqualTo(new[]
            {
                "artikel 10 van het Wetboek van Strafrecht",
                "artikel 14a van het Wetboek van Strafrecht",
                "artikel 304 van het Wetboek van Strafrecht",
            }));
        });
    }

    [Test]
    public void Splits_two_articles_joined_by_en()
    {
        var citations = Extract("de artikelen 12b en 12c");

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "de artikelen 12b", "12c" }));
        Assert.That(citations.Select(c => c.LawForm), Is.All.EqualTo(LawForm.None));
    }

    [Test]
    public void Keeps_the_leden_of_each_article_with_that_article()
    {
        var citations = Extract("de artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(new[] { "3", "5" }));
            Assert.That(citations[0].Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(citations[1].Paragraphs, Is.EqualTo(new[] { "2" }));
            Assert.That(citations[0].Text, Is.EqualTo("de artikelen 3, eerste lid"));
            Assert.That(citations[1].Text, Is.EqualTo("5, tweede lid, van de Algemene wet bestuursrecht"));
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo("Algemene wet bestuursrecht"));
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

    [Test]
    public void Marks_only_the_articles_a_jo_joins()
    {
        var citations = Extract("artikelen 3, 4 jo. 5 Sr");

        Assert.That(citations.Select(c => c.Juncto), Is.EqualTo(new[] { false, true, true }));
    }

    [Test]
    public void Parses_an_enumeration_as_one_input_with_try_parse()
    {
        var result = CitationFinder.TryParse("artikelen 10, 14a en 304 van het Wetboek van Strafrecht");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citations.Select(c => c.Span), Is.EqualTo(new[]
        {
            new TextSpan(0, 12),
            new TextSpan(14, 3),
            new TextSpan(21, 34),
        }));
    }

    [Test]
    public void Gives_each_article_of_an_enumeration_with_old_at_the_end_the_old_mark()
    {
        var citations = Extract("art. 8 en 9 Sr (oud)");

        Assert.That(citations.Select(c => c.Old), Is.All.True);
        Assert.That(citations[1].Text, Is.EqualTo("9 Sr (oud)"));
    }
    // A comma may stand before the joining word: the law at the end is shared by every article before it.
    [TestCase("artikel 14a, 38v, of 77x van het Wetboek van Strafrecht", new[] { "14a", "38v", "77x" })]
    [TestCase("artikel 226h, derde lid, of artikel 226k, eerste lid, van het Wetboek van Strafrecht", new[] { "226h", "226k" })]
    [TestCase("artikel 38c, artikel 38k, dan wel artikel 38la, zesde lid, van het Wetboek van Strafrecht", new[] { "38c", "38k", "38la" })]
    [TestCase("artikel 5, respectievelijk 6 van het Wetboek van Strafrecht", new[] { "5", "6" })]
    public void Shares_the_law_over_a_comma_before_the_joining_word(string text, string[] articles)
    {
        var citations = Extract(text);

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Article), Is.EqualTo(articles));
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.EqualTo("BWBR0001854"));
            Assert.That(citations.Select(c => c.Juncto), Is.All.False);
        });
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
