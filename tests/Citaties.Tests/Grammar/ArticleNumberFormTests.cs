using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Article numbers in the forms headings and notes write them (issue #16 item 1): each gives the record of its
/// canonical form, marked with its <see cref="ArticleNumberForm"/>. The corpus has none of them; the sentences
/// are the issue's.
/// </summary>
[TestFixture]
public class ArticleNumberFormTests
{
    private static ArticleCitation Canonical(string text) => CitationFinder.Extract(text).OfType<ArticleCitation>().Single();

    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [TestCase("Zie 7A:1576 BW.", "7A:1576 BW", "7A")]
    [TestCase("Zie 10:154 BW.", "10:154 BW", "10")]
    [TestCase("Zie 1:3 BW.", "1:3 BW", "1")]
    public void Reads_every_book_the_anchors_know(string text, string span, string book)
    {
        // The family is anchored at the book and its colon ("7a:", "10:"), not at every digit.
        var citation = Extract(text).Single();

        Assert.That((citation.Text, citation.Book), Is.EqualTo((span, book)));
    }

    [TestCase("Zie 6:2 BW.", "6:2 BW", "artikel 6:2 BW", ArticleNumberForm.WithoutKeyword)]
    [TestCase("(6:162 lid 2 BW)", "6:162 lid 2 BW", "artikel 6:162, tweede lid, BW", ArticleNumberForm.WithoutKeyword)]
    [TestCase("Burgerlijk Wetboek Boek 6, Artikel 2", "Burgerlijk Wetboek Boek 6, Artikel 2", "artikel 6:2 BW", ArticleNumberForm.LawFirst)]
    public void Reads_a_BW_article_as_the_record_of_its_canonical_form(string text, string span, string canonical, ArticleNumberForm form)
    {
        var citation = Extract(text).Single();
        var expected = Canonical(canonical);

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo(span));
            Assert.That(citation.NumberForm, Is.EqualTo(form));
            Assert.That(citation.Article, Is.EqualTo(expected.Article));
            Assert.That(citation.Book, Is.EqualTo(expected.Book));
            Assert.That(citation.ArticleInBook, Is.EqualTo(expected.ArticleInBook));
            Assert.That(citation.Paragraphs, Is.EqualTo(expected.Paragraphs));
            Assert.That(citation.LawText, Is.EqualTo(expected.LawText));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0005289"));
            Assert.That(citation.Links, Is.EqualTo(expected.Links));
            Assert.That(citation.Canonical, Does.EndWith(expected.Canonical.Substring(1)));
        });
    }

    [Test]
    public void Lowers_an_upper_case_letter_of_an_inserted_article()
    {
        var citation = Extract("Artikel 7.13H WHW").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Article, Is.EqualTo("7.13h"));
            Assert.That(citation.NumberForm, Is.EqualTo(ArticleNumberForm.CapitalLetter));
            Assert.That(citation.LawText, Is.EqualTo("WHW"));
            Assert.That(citation.Canonical, Is.EqualTo("Artikel 7.13h WHW"));
        });
    }

    [TestCase("artikel 7A:1576 BW", "7A:1576")]
    [TestCase("hoofdstuk 5A van de Algemene wet bestuursrecht", "")]
    [TestCase("artikel 6:162 BW", "6:162")]
    public void Leaves_book_and_chapter_capitals_and_lower_case_letters_alone(string text, string article)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Article, Is.EqualTo(article));
            Assert.That(citation.NumberForm, Is.EqualTo(ArticleNumberForm.Standard));
        });
    }

    // A BW book is 1 to 8, 7A or 10; other numbers with a colon before BW, and times and scores, are no articles.
    [TestCase("om 10:30 uur")]
    [TestCase("de stand was 2:1 voor BW")]
    [TestCase("zie 12:3 BW")]
    [TestCase("art.6:162BW")]
    public void Finds_no_BW_article_in_other_numbers(string text)
    {
        Assert.That(Extract(text).Where(c => c.NumberForm == ArticleNumberForm.WithoutKeyword), Is.Empty);
    }

    [Test]
    public void Writes_the_number_form_field()
    {
        var fields = CitationJsonProbe.Fields(Extract("Zie 6:2 BW.").Single());

        Assert.That(fields.GetProperty("numberForm").GetString(), Is.EqualTo("withoutKeyword"));
    }
}
