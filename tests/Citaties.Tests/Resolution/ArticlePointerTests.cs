using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Tests.Resolution;

/// <summary>
/// Issue 16 item 3: articles a law's text names without a number (<c>dit artikel</c>, <c>het eerste lid</c>,
/// <c>het vorige artikel</c>, <c>dat artikel</c>) resolve within the law and the article the text stands in.
/// </summary>
[TestFixture]
public class ArticlePointerTests
{
    private const string Sv = "BWBR0001903";

    // The Sv with a few of its articles, as an imported catalog knows them.
    private static readonly LawCatalog WithArticles = LawCatalog.Default.Extend(new CatalogDocument
    {
        Laws = new[]
        {
            new LawEntry
            {
                Bwb = Sv,
                Title = "Wetboek van Strafvordering",
                Articles = new[] { "539t", "539u", "539v" }.Select(l => new ArticleEntry { Label = l }).ToList(),
            },
        },
    });

    private static ExtractOptions InArticle(string? article) => new()
    {
        Catalog = WithArticles,
        ContextLaw = new LawReference { Bwb = Sv },
        ContextArticle = article,
    };

    private static ArticleCitation Single(string text, ExtractOptions options) =>
        CitationFinder.Extract(text, options).OfType<ArticleCitation>().Single();

    [Test]
    public void Het_eerste_lid_is_a_lid_of_the_article_the_text_stands_in()
    {
        var c = Single("De termijn, bedoeld in het eerste lid, is veertien dagen.", InArticle("539u"));

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("het eerste lid"));
            Assert.That(c.Pointer, Is.EqualTo(ArticlePointer.ThisArticle));
            Assert.That(c.Article, Is.EqualTo("539u"));
            Assert.That(c.Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(c.Law?.Bwb, Is.EqualTo(Sv));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
        });
    }

    [Test]
    public void Dit_artikel_is_the_article_the_text_stands_in()
    {
        var c = Single("De regels van dit artikel gelden ook voor de verdachte.", InArticle("539v"));

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("dit artikel"));
            Assert.That(c.Article, Is.EqualTo("539v"));
            Assert.That(c.Law?.Bwb, Is.EqualTo(Sv));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
        });
    }

    [TestCase("een misdrijf als bedoeld in het vorige artikel;", "het vorige artikel")]
    [TestCase("overeenkomstig het tweede lid van het voorgaande artikel.", "het tweede lid van het voorgaande artikel")]
    [TestCase("een andere dan bij het voorgaand artikel bedoelde straf", "het voorgaand artikel")]
    public void Het_vorige_artikel_is_the_article_before_it_in_the_law(string text, string written)
    {
        var c = Single(text, InArticle("539v"));

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo(written));
            Assert.That(c.Pointer, Is.EqualTo(ArticlePointer.PreviousArticle));
            Assert.That(c.Article, Is.EqualTo("539u"));
            Assert.That(c.Law?.Bwb, Is.EqualTo(Sv));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.ContextLaw));
        });
    }

    [Test]
    public void Dat_artikel_is_the_article_cited_before_it_with_its_law()
    {
        var articles = CitationFinder.Extract(
                "als voorgeschreven in artikel 15i van Boek 3 van het Burgerlijk Wetboek, of de in het eerste en derde lid van dat artikel bedoelde gegevens",
                InArticle("342"))
            .OfType<ArticleCitation>()
            .ToList();
        var c = articles.Last();

        Assert.Multiple(() =>
        {
            Assert.That(articles, Has.Count.EqualTo(2));
            Assert.That(c.Text, Is.EqualTo("het eerste en derde lid van dat artikel"));
            Assert.That(c.Pointer, Is.EqualTo(ArticlePointer.ThatArticle));
            Assert.That(c.ArticleInBook, Is.EqualTo("15i"));
            Assert.That(c.Paragraphs, Is.EqualTo(new[] { "1", "3" }));
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0005291"));
            Assert.That(c.Law?.Source, Is.EqualTo(LawSource.Catalog));
        });
    }

    [Test]
    public void A_lid_before_a_numbered_article_is_left_to_the_article_grammar()
    {
        var articles = CitationFinder.Extract("de voorwaarden bedoeld in het eerste lid van artikel 38", InArticle("38a")).OfType<ArticleCitation>().ToList();

        Assert.That(articles.Select(a => a.Pointer), Has.None.EqualTo(ArticlePointer.ThisArticle));
    }

    [Test]
    public void Dat_before_a_numbered_article_is_a_conjunction()
    {
        var c = Single("kan de officier van justitie bepalen dat artikel 9, eerste lid, van de Wet bescherming persoonsgegevens niet van toepassing is", InArticle("126"));

        Assert.Multiple(() =>
        {
            Assert.That(c.Pointer, Is.EqualTo(ArticlePointer.None));
            Assert.That(c.Article, Is.EqualTo("9"));
            Assert.That(c.Law?.Bwb, Is.EqualTo("BWBR0011468"));
        });
    }

    [TestCase("bedoeld in het eerste lid")]
    [TestCase("bedoeld in dit artikel")]
    [TestCase("artikel 5 en het tweede lid van dat artikel")]
    public void Outside_a_law_these_are_no_citations(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<ArticleCitation>().Select(a => a.Pointer), Has.None.Not.EqualTo(ArticlePointer.None));
    }

    [TestCase("bedoeld in het eerste lid", null)]
    [TestCase("bedoeld in het vorige artikel", "539t")]
    [TestCase("bedoeld in het vorige artikel", null)]
    [TestCase("het tweede lid van dat artikel", "539u")]
    public void Where_the_article_cannot_be_known_there_is_no_citation(string text, string? article)
    {
        Assert.That(CitationFinder.Extract(text, InArticle(article)), Is.Empty);
    }
}
