using System.Text;
using Citaties.Model;
using Citaties.Tests;
using static Citaties.Catalog.Bwb.Tests.BwbXml;

namespace Citaties.Catalog.Bwb.Tests;

/// <summary>
/// <see cref="BwbImporter.ReadArticles"/>: each article of a law text as plain text with the options that put it in its
/// law (issue 16 item 3), so references inside it resolve within the law and the article.
/// </summary>
[TestFixture]
public class BwbArticleTextTests
{
    private static IReadOnlyList<BwbArticleText> Articles(string xml) =>
        new BwbImporter().ReadArticles(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");

    [Test]
    public void Each_article_comes_with_its_law_and_number_and_references_in_it_resolve_there()
    {
        var xml = Wetgeving(
            Article("4") +
            Article("5", "<lid><lidnr>1</lidnr><al>Tekst.</al></lid><lid><lidnr>2</lidnr><al>De termijn van het eerste lid en van <intref doc=\"x\">artikel 4</intref> geldt.</al></lid>"),
            bwb: "BWBR0001903");

        var articles = Articles(xml);
        var fifth = articles[1];
        var citations = CitationFinder.Extract(fifth.Text, fifth.Options).OfType<ArticleCitation>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(articles.Select(a => a.Label), Is.EqualTo(new[] { "4", "5" }));
            Assert.That(fifth.Text, Is.EqualTo("1\nTekst.\n2\nDe termijn van het eerste lid en van artikel 4 geldt."), "no heading; a line per block");
            Assert.That(fifth.Options.ContextLaw?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(fifth.Options.ContextArticle, Is.EqualTo("5"));
            Assert.That(citations.Select(c => (c.Article, c.Law?.Bwb, c.Law?.Source)), Is.EqualTo(new[]
            {
                ("5", "BWBR0001903", LawSource.ContextLaw),
                ("4", "BWBR0001903", LawSource.ContextLaw),
            }));
            Assert.That(citations[0].Paragraphs, Is.EqualTo(new[] { "1" }));
        });
    }

    [Test]
    public void Articles_of_a_bijlage_are_no_articles_of_the_law()
    {
        var xml = Wetgeving(Article("1") + "<bijlage>" + Article("1", "<al>Modelregeling.</al>") + "</bijlage>");

        Assert.That(Articles(xml).Select(a => a.Label), Is.EqualTo(new[] { "1" }));
    }

    [TestCase("not xml at all")]
    [TestCase("<?xml version=\"1.0\"?><wetstechnische-informatie/>")]
    [TestCase("<wetgeving><artikel><kop><nr>1</nr></kop><al>open")]
    public void Bad_input_is_a_BwbImportException(string xml)
    {
        Assert.Throws<BwbImportException>(() => Articles(xml));
    }

    [Test]
    public void The_articles_of_the_Sv_in_the_corpus()
    {
        var path = CorpusPaths.RequireCorpus("bwb", "BWBR0001903.xml");
        using var stream = File.OpenRead(path);

        var articles = new BwbImporter().ReadArticles(stream, "BWBR0001903.xml");
        var article = articles.First(a => a.Label == "13a");

        Assert.Multiple(() =>
        {
            Assert.That(articles, Has.Count.GreaterThan(900));
            Assert.That(article.Text, Does.Not.StartWith("Artikel"), "the heading is left out");
            Assert.That(articles.Select(a => a.Options.ContextLaw?.Bwb), Is.All.EqualTo("BWBR0001903"));
            Assert.That(CitationFinder.Extract(article.Text, article.Options).OfType<ArticleCitation>().Where(c => c.Law is not null), Is.Not.Empty);
        });
    }
}
