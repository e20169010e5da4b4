using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>Article citations in running text: where they end, and words that look like them but are not.</summary>
[TestFixture]
public class ArticleExtractionTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [TestCase("In de zomer van 2024 publiceerde de Volkskrant een artikel over een actrice.")]
    [TestCase("Naar aanleiding van dit artikel ontstonden er vragen.")]
    [TestCase("Bent u bekend met het artikel «Enorme groei van illegale seksbranche»?")]
    [TestCase("Klopt het, zoals in het artikel vermeld staat, dat het illegale sekswerk fors is gegroeid?")]
    [TestCase("het artikel in de Volkskrant")]
    [TestCase("de artikelen van de krant")]
    [TestCase("zoals in een nieuwsartikel 5 keer wordt beweerd")]
    [TestCase("de kunst (art. nouveau) van toen")]
    public void Finds_nothing_in_text_without_an_article_citation(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    [TestCase("Zo verplicht artikel 28 DSA online platforms om passende maatregelen te nemen.", "artikel 28 DSA")]
    [TestCase("Artikel 15 van de DSA verplicht daarnaast aanbieders van online diensten.", "Artikel 15 van de DSA")]
    [TestCase("is op grond van artikel 8 DSA niet toegestaan.", "artikel 8 DSA")]
    [TestCase("zoals omschreven in artikel 67, eerste lid, van het Wetboek van Strafvordering (hierna: Sv), waaronder", "artikel 67, eerste lid, van het Wetboek van Strafvordering")]
    [TestCase("op grond van artikel 125p van het Wetboek van Strafvordering (hierna: Sv).", "artikel 125p van het Wetboek van Strafvordering")]
    [TestCase("Op grond van artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal moet de ATKM in elk bevel een termijn opnemen.", "artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal")]
    [TestCase("Volgens artikel 6:162 BW, dat de onrechtmatige daad regelt, is", "artikel 6:162 BW")]
    [TestCase("Het bepaalde in artikel 3 van de Algemene wet bestuursrecht is van toepassing.", "artikel 3 van de Algemene wet bestuursrecht")]
    [TestCase("Artikel 5 van de Wet openbaarheid van bestuur en de Wet open overheid regelen", "Artikel 5 van de Wet openbaarheid van bestuur")]
    [TestCase("dat op grond van artikel 5 van de Europese Commissie iets geldt", "artikel 5")]
    [TestCase("Zie artikel 5. De minister beslist.", "artikel 5")]
    [TestCase("in artikel 12 Wob-verzoeken", "artikel 12")]
    [TestCase("Art. 6:162 lid 2 BW geeft", "Art. 6:162 lid 2 BW")]
    [TestCase("artikel 5 onder meer", "artikel 5")]
    [TestCase("artikel\u00A05, tweede\u00A0lid, Awb", "artikel\u00A05, tweede\u00A0lid, Awb")]
    [TestCase("op grond van artikel 67, eerste lid, van het Wetboek van\nStrafvordering zijn", "artikel 67, eerste lid, van het Wetboek van\nStrafvordering")]
    public void Extracts_the_citation_up_to_where_it_ends(string text, string expected)
    {
        var citations = Extract(text);

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { expected }));
        Assert.That(text.Substring(citations[0].Span.Start, citations[0].Span.Length), Is.EqualTo(expected));
    }

    [Test]
    public void Stops_before_a_hierna_definition()
    {
        const string text = "artikel 67, eerste lid, van het Wetboek van Strafvordering (hierna: Sv)";

        var c = Extract(text).Single();

        Assert.That(c.LawText, Is.EqualTo("Wetboek van Strafvordering"));
        Assert.That(c.Text, Does.Not.Contain("hierna"));
    }

    [Test]
    public void Finds_several_citations_in_one_sentence()
    {
        var citations = Extract("Gelet op artikel 5 van de Wet op de ondernemingsraden en artikel 6 EVRM, alsmede art. 125p Sv.");

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikel 5 van de Wet op de ondernemingsraden", "artikel 6 EVRM", "art. 125p Sv" }));
    }

    [Test]
    public void Checks_plausibility_without_parsing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Check("artikel 5"), Is.True);
            Assert.That(Check("artikelen 3 en 4"), Is.True);
            Assert.That(Check("art.6"), Is.True);
            Assert.That(Check("Artikel I"), Is.True);
            Assert.That(Check("Enig artikel"), Is.True);
            Assert.That(Check("artikel over"), Is.False);
            Assert.That(Check("artikel «Enorme"), Is.False);
            Assert.That(Check("artikel"), Is.False);
            Assert.That(Check("artikel         5"), Is.False);
        });

        static bool Check(string text)
        {
            var anchor = text.StartsWith("artikelen", StringComparison.Ordinal) ? 7
                : text.StartsWith("art.", StringComparison.Ordinal) ? 4
                : text.StartsWith("Enig", StringComparison.Ordinal) ? 12
                : 7;
            return Citaties.Kinds.ArticleFamily.IsPlausible(text.AsSpan(), 0, anchor);
        }
    }

    [Test]
    public void Never_throws_on_text_full_of_anchors()
    {
        var text = string.Concat(Enumerable.Repeat("artikel 5, art. 6 jo. artt. 7-8 en de artikelen ", 2000)) + "artikel";

        var citations = Extract(text);

        Assert.That(citations, Is.Not.Empty);
        Assert.That(citations.Zip(citations.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start), Is.True, "citations do not overlap");
    }
}
