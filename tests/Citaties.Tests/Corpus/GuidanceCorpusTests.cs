using System.Text.RegularExpressions;
using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Guidance citations in the shared corpus. It holds no aanwijzing of the Ar and no circular with its Staatscourant
/// (checked with grep when the kind was added), but much prose with the same words: the Handelingen speak of an
/// inspectorate's aanwijzing and of beleidsregels, a decision of the OM's aanwijzing, and a decision cites a
/// subsidy scheme with its Stcrt. in brackets. None of it may become a guidance citation, and that Stcrt. stays a
/// gazette citation.
/// </summary>
[TestFixture]
public class GuidanceCorpusTests
{
    private static readonly Regex SoftLawWords = new(@"\b([Aa]anwijzing|[Bb]eleidsregel|[Cc]irculaire|Instructie)", RegexOptions.Compiled);

    private static IEnumerable<CorpusDocument> Documents() =>
        CorpusDocuments.Seeds().Concat(CorpusDocuments.Rechtspraak()).Concat(CorpusDocuments.Handelingen()).Concat(CorpusDocuments.Laws());

    [Test]
    public void Finds_no_guidance_in_prose_that_uses_its_words()
    {
        var words = 0;
        var found = new List<string>();
        foreach (var document in Documents())
        {
            words += SoftLawWords.Count(document.Text);
            found.AddRange(CitationFinder.Extract(document.Text).OfType<GuidanceCitation>().Select(c => $"{document.Name}: {c.Text}"));
        }

        TestContext.Out.WriteLine($"{words} uses of aanwijzing, beleidsregel, circulaire and Instructie");
        Assert.That(words, Is.GreaterThan(100), "the corpus has the prose this test is about");
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void A_staatscourant_after_a_title_that_is_no_circular_stays_a_gazette()
    {
        var document = CorpusDocuments.Rechtspraak().Single(d => d.Text.Contains("(Stcrt. 1998 nr. 46, hierna", StringComparison.Ordinal));
        var citations = CitationFinder.Extract(document.Text);

        Assert.That(citations.OfType<GazetteCitation>().Where(g => g.Text == "Stcrt. 1998 nr. 46"), Has.Exactly(1).Items);
        Assert.That(citations.OfType<GuidanceCitation>(), Is.Empty);
    }
}
