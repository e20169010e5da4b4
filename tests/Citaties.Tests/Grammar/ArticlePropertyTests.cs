using Citaties.Kinds;
using Citaties.Model;
using CsCheck;

namespace Citaties.Tests.Grammar;

/// <summary>Properties over generated text: no exception, spans inside the text, and canonical forms that parse back.</summary>
[TestFixture]
public class ArticlePropertyTests
{
    private static readonly string[] Fragments =
    {
        "artikel", "art.", "artt.", "artikelen", "de artikelen", "Enig artikel", "Artikel", " ", "  ", ",", ", ", ".", "\n",
        "5", "6:162", "125p", "2.1", "I", "XIV", "10.6ter", "7A:", "-", "tot en met", "t/m", "en", "jo.", "lid", "leden",
        "eerste", "tweede", "onderdeel", "onder", "sub", "c", "A", "1°", "aanhef", "(oud)", "(hierna: Sv)", "van", "de",
        "het", "Wet", "Wetboek", "Strafrecht", "Awb", "DSA", "Wet IB 2001", "Verordening (EU) 2022/2065", "Richtlijn",
        "2000/31/EG", "Boek 6", "Burgerlijk Wetboek", "die wet", "moet", "«", "\u00A0", "\u2013", "ë", "zin", "volzin",
    };

    private static readonly Gen<string> Text =
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 40].Select(parts => string.Concat(parts));

    [Test]
    public void Extraction_never_throws_and_spans_match_their_text()
    {
        Text.Sample(text =>
        {
            var citations = CitationFinder.Extract(text);
            foreach (var c in citations)
            {
                if (c.Span.Start < 0 || c.Span.End > text.Length || text.Substring(c.Span.Start, c.Span.Length) != c.Text)
                {
                    return false;
                }

                _ = c.Canonical;
                if (c is ArticleCitation a)
                {
                    _ = a.Format(ArticleStyle.Literature);
                    _ = a.Format(ArticleStyle.Regeling);
                }
            }

            // Definitions are found in a pass of their own and may overlap the citation of the law they
            // abbreviate; citations of every other kind never overlap each other.
            var ordered = citations.Zip(citations.Skip(1)).All(p => p.First.Span.Start <= p.Second.Span.Start);
            var others = citations.Where(c => c.Kind != CitationKind.Definition).ToList();
            return ordered && others.Zip(others.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }, iter: 3000);
    }

    [Test]
    public void Try_parse_never_throws()
    {
        Text.Sample(text =>
        {
            var result = CitationFinder.TryParse(text);
            return result.Success || result.Error!.Position >= 0;
        }, iter: 2000);
    }

    [TestCase("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht")]
    [TestCase("art. 6:162 lid 2 BW")]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek")]
    [TestCase("de artikelen 3 t/m 5")]
    [TestCase("artikel 10, onderdeel a, onder 2°")]
    [TestCase("artikel 9, eerste lid, aanhef en onderdeel b")]
    [TestCase("art. 8 Sr (oud)")]
    [TestCase("artikel 28 van Verordening (EU) 2022/2065")]
    [TestCase("artikel 20, lid 5, 1e volzin, Sv")]
    public void Canonical_forms_in_every_style_parse_back_to_the_same_provision(string text)
    {
        var original = (ArticleCitation)CitationFinder.TryParse(text).Citation!;

        foreach (var style in new[] { ArticleStyle.Toelichting, ArticleStyle.Regeling, ArticleStyle.Literature })
        {
            var formatted = original.Format(style);
            var result = CitationFinder.TryParse(formatted);
            Assert.That(result.Success, Is.True, $"{style}: {formatted}: {result.Error?.Message}");
            var again = (ArticleCitation)result.Citation!;
            Assert.Multiple(() =>
            {
                Assert.That(again.Articles.Select(a => a.From.Split(':').Last()), Is.EqualTo(original.Articles.Select(a => a.From.Split(':').Last())), formatted);
                Assert.That(again.Book, Is.EqualTo(original.Book), formatted);
                Assert.That(again.Paragraphs, Is.EqualTo(original.Paragraphs), formatted);
                Assert.That(again.Parts, Is.EqualTo(original.Parts), formatted);
                Assert.That(again.Subparts, Is.EqualTo(original.Subparts), formatted);
                Assert.That(again.Aanhef, Is.EqualTo(original.Aanhef), formatted);
                Assert.That(again.Sentence, Is.EqualTo(original.Sentence), formatted);
                Assert.That(again.Old, Is.EqualTo(original.Old), formatted);
            });
        }
    }
}
