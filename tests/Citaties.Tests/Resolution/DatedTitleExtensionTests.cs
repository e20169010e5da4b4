using Citaties.Catalog;
using Citaties.Model;
using Citaties.Resolution;

namespace Citaties.Tests.Resolution;

/// <summary>
/// A regulation without a citation title is cited by kind, date and (part of) its long title; the register of BWB
/// titles tells which one, and the citation covers the long title as far as the text repeats it.
/// </summary>
[TestFixture]
public class DatedTitleExtensionTests
{
    private static ArticleCitation Article(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().First();

    [TestCase("Zie artikel 5 van de Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk. Dat", "Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk", "BWBR0001833")]
    [TestCase("Zie artikel 5 van de Wet van 15 mei 1829, houdende algemeene bepalingen (Stb. 28).", "Wet van 15 mei 1829, houdende algemeene bepalingen", "BWBR0001833")]
    [TestCase("Zie artikel 5 van de Wet van 15 mei 1829 (Stb. 28).", "Wet van 15 mei 1829", "BWBR0001833")]
    [TestCase("Zie artikel 5 van de Wet van 15 mei 1829, houdende algemeene bepalingen ...", "Wet van 15 mei 1829, houdende algemeene bepalingen", "BWBR0001833")]
    [TestCase("artikel 2 van de Wet van 4 juni 2010 tot samenvoeging van de gemeenten Bodegraven en Reeuwijk is", "Wet van 4 juni 2010 tot samenvoeging van de gemeenten Bodegraven en Reeuwijk", "BWBR0027903")]
    public void Resolves_the_long_title_and_extends_the_citation(string text, string lawText, string bwb)
    {
        var article = Article(text);

        Assert.Multiple(() =>
        {
            Assert.That(article.Law?.Bwb, Is.EqualTo(bwb));
            Assert.That(article.LawText, Is.EqualTo(lawText));
            Assert.That(article.Text, Does.EndWith(lawText));
            Assert.That(article.Text, Is.EqualTo(text.Substring(article.Span.Start, article.Span.Length)));
            Assert.That(article.LawSpan.End, Is.EqualTo(article.Span.Length));
        });
    }

    [TestCase("artikel 2 van de Wet van 4 juni 2010 tot samenvoeging van de gemeenten Utrecht en Zeist is")]
    [TestCase("artikel 2 van de Wet van 4 juni 2010 bepaalt")]
    [TestCase("artikel 2 van de Wet van 4 juni 2010 tot wijziging van de Wet op de zorgtoeslag")]
    [TestCase("artikel 2 van de Wet van 3 maart 2031 (Stb. 12)")]
    public void Leaves_a_date_the_register_cannot_tell_apart_unresolved(string text)
    {
        Assert.That(Article(text).Law?.Bwb, Is.Null);
    }

    [Test]
    public void A_name_that_is_the_whole_long_title_names_the_regulation()
    {
        // What a configured abbreviation's meaning or a definition's expansion is looked up by.
        var law = NameResolver.ResolveName("de Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk", null, LawCatalog.Default);

        Assert.That(law?.Bwb, Is.EqualTo("BWBR0001833"));
    }

    [Test]
    public void Gives_a_list_the_law()
    {
        var article = CitationFinder.Extract("de artikelen 1 en 5 van de Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk")
            .OfType<ArticleCitation>().Single();

        Assert.That(article.Law?.Bwb, Is.EqualTo("BWBR0001833"));
        Assert.That(article.Links, Has.Count.EqualTo(2));
    }

    [Test]
    public void Gives_every_side_of_a_jo_chain_the_law()
    {
        var articles = CitationFinder.Extract("artikel 1 jo. artikel 5 van de Wet van 15 mei 1829, houdende algemeene bepalingen der wetgeving van het Koningrijk")
            .OfType<ArticleCitation>().ToList();

        Assert.That(articles.Select(a => a.Law?.Bwb), Is.EqualTo(new[] { "BWBR0001833", "BWBR0001833" }));
    }
}
