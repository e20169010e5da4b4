using Citaties.Model;
using Citaties.Scanning;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// A footnote number glued to the start of a citation in text taken from PDF (<c>12Kamerstukken II ...</c>): the
/// citation starts after the digits, found by the scanner without the digits becoming an anchor. The corpus has no
/// text from PDF, so the texts are the forms.
/// </summary>
[TestFixture]
public class FootnoteDigitsTests
{
    [TestCase("12Kamerstukken II 2010/11, 32 123, nr. 5.", "Kamerstukken II 2010/11, 32 123, nr. 5")]
    [TestCase("zie noot.\n3Kamerstukken II 2010/11, 32 123, nr. 5.", "Kamerstukken II 2010/11, 32 123, nr. 5")]
    [TestCase("7Handelingen II 2009/10, nr. 12, p. 345", "Handelingen II 2009/10, nr. 12, p. 345")]
    [TestCase("104ECLI:NL:HR:2016:162", "ECLI:NL:HR:2016:162")]
    [TestCase("3Zie Kamerstukken II 2010/11, 32 123, nr. 5.", "Kamerstukken II 2010/11, 32 123, nr. 5")]
    public void The_citation_starts_after_the_footnote_digits(string text, string citation)
    {
        var found = CitationFinder.Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(found.Text, Is.EqualTo(citation));
            Assert.That(found.Span.Start, Is.EqualTo(text.IndexOf(citation, StringComparison.Ordinal)));
        });
    }

    [TestCase("2010Kamerstukken II 2010/11, 32 123, nr. 5")]
    [TestCase("BWBR0001903Kamerstukken II 2010/11, 32 123, nr. 5")]
    [TestCase("12kamerstukken II 2010/11, 32 123, nr. 5")]
    public void Longer_numbers_words_and_lower_case_stay_glued(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<KamerstukCitation>(), Is.Empty);
    }

    [TestCase("12Kamerstukken", 2, true)]
    [TestCase("x 3Stb", 3, true)]
    [TestCase("1234Stb", 4, false)]
    [TestCase("a12Stb", 3, false)]
    [TestCase("12stb", 2, false)]
    public void A_capital_after_at_most_three_digits_at_a_word_start_is_a_word_start(string text, int position, bool expected)
    {
        Assert.That(AnchorScanner.IsWordStart(text.AsSpan(), position), Is.EqualTo(expected));
    }
}
