using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>What TryParse reports for text that starts like an article citation but is not one.</summary>
[TestFixture]
public class ArticleErrorTests
{
    [TestCase("artikel", 7)]
    [TestCase("artikel over", 8)]
    [TestCase("art. «Enorme groei»", 5)]
    [TestCase("de artikelen van de krant", 13)]
    public void Reports_a_missing_article_number_where_it_should_stand(string text, int position)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position));
        Assert.That(result.Error.Message, Does.Contain("article number"));
    }

    [TestCase("artikel 5 lid x", 9)]
    [TestCase("artikel 5, eerste", 9)]
    [TestCase("artikel 5 van de minister", 9)]
    public void Reports_where_unparsable_text_follows_the_article(string text, int position)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position));
    }

    [Test]
    public void Accepts_a_closing_full_stop()
    {
        var result = CitationFinder.TryParse("art. 6:162 BW.");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation!.Text, Is.EqualTo("art. 6:162 BW"));
    }

    [TestCase("artikel 5, eerste lid, Sv", "5", new[] { "1" })]
    [TestCase("artikel 5, eerste lid, eerste volzin, Sv", "5", new[] { "1" })]
    public void Parses_complete_inputs(string text, string article, string[] paragraphs)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.True, result.Error?.Message);
        var c = (ArticleCitation)result.Citation!;
        Assert.That(c.Article, Is.EqualTo(article));
        Assert.That(c.Paragraphs, Is.EqualTo(paragraphs));
    }

    [TestCase("artikel 20, lid 5, 1e volzin", "1", "artikel 20, vijfde lid, eerste zin", "art. 20 lid 5 eerste zin")]
    [TestCase("artikel 20, vijfde lid, derde volzin", "3", "artikel 20, vijfde lid, derde zin", "art. 20 lid 5 derde zin")]
    [TestCase("artikel 3, eerste lid, laatste zin", "laatste", "artikel 3, eerste lid, laatste zin", "art. 3 lid 1 laatste zin")]
    public void Parses_a_sentence_of_a_lid(string text, string sentence, string canonical, string literature)
    {
        var c = (ArticleCitation)CitationFinder.TryParse(text).Citation!;

        Assert.Multiple(() =>
        {
            Assert.That(c.Sentence, Is.EqualTo(sentence));
            Assert.That(c.Canonical, Is.EqualTo(canonical));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
        });
    }
}
