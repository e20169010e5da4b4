using Citaties.Model;
using CsCheck;

namespace Citaties.Tests.Scanning;

/// <summary>Properties of the parliamentary families over random mixes of their own tokens.</summary>
[TestFixture]
public class ParliamentaryPropertyTests
{
    private static readonly Gen<string> Texts =
        Gen.OneOf(
                "Kamerstuk ", "Kamerstukken ", "kamerbrief ", "bijlage bij ", "TK ", "II ", "I ", "VV ", "2019/20", "1999-2000",
                ", ", " ", "nr. ", "nrs. ", " en ", "35 300", "34193", "-VI", "-07", "(R1519)", "(", ")", " - ", ": ", "; ",
                "21501-02-1855", "Handelingen ", "Hand. ", "Aanhangsel ", "Aanh. ", "p. ", "blz. ", "item ", "D", "5", "188b",
                "\n", "\u2013", ".", "vergaderjaar ", "x")
            .Array[0, 16]
            .Select(string.Concat);

    [Test]
    public void Extraction_never_throws_and_gives_ordered_spans_that_match_the_text()
    {
        Texts.Sample(text =>
        {
            var citations = CitationFinder.Extract(text);
            var end = 0;
            foreach (var citation in citations)
            {
                Assert.That(citation.Span.Start, Is.GreaterThanOrEqualTo(end), text);
                Assert.That(citation.Span.End, Is.LessThanOrEqualTo(text.Length), text);
                Assert.That(citation.Text, Is.EqualTo(text.Substring(citation.Span.Start, citation.Span.Length)), text);
                end = citation.Span.End;
                _ = citation.Canonical;
                _ = citation.Links;
            }

            _ = CitationFinder.TryParse(text);
        });
    }

    [Test]
    public void The_canonical_form_parses_back_to_itself()
    {
        var checkedCount = 0;
        Texts.Sample(text =>
        {
            foreach (var citation in CitationFinder.Extract(text).Where(c => c.Kind is CitationKind.Kamerstuk or CitationKind.Handelingen or CitationKind.Aanhangsel))
            {
                var again = CitationFinder.TryParse(citation.Canonical);
                Assert.That(again.Success, Is.True, $"{citation.Canonical} (from '{citation.Text}'): {again.Error?.Message}");
                Assert.That(again.Citation!.Canonical, Is.EqualTo(citation.Canonical), citation.Text);
                Interlocked.Increment(ref checkedCount);
            }
        });

        Assert.That(checkedCount, Is.GreaterThan(0), "the generator produced no parliamentary citation to check");
    }
}
