using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>Enumerations and jo. chains: one citation per article, each with its own span and the shared law.</summary>
[TestFixture]
public class ArticleEnumerationTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationParser.Extract(text).OfType<ArticleCitation>().ToList();

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
        var result = CitationParser.TryParse("artikelen 10, 14a en 304 van het Wetboek van Strafrecht");

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
}
