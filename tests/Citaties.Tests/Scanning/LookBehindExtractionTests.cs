using Citaties.Kinds;
using Citaties.Model;
using Citaties.Scanning;
using Sprache;

namespace Citaties.Tests.Scanning;

/// <summary>The extractor's look-behind option, with a toy family: "#7" citations that begin at the word before the '#'.</summary>
[TestFixture]
public class LookBehindExtractionTests
{
    // Sprache's combinators named outright: Citaties.Kinds has its own of the same names.
    private static readonly Parser<Citation> Hash =
        Parse.Select(
            Parse.Then(Parse.Char('#'), _ => Parse.Digit.AtLeastOnce().Text()),
            digits => (Citation)new BwbCitation { Value = digits, Type = 'R', Digits = digits });

    [Test]
    public void A_citation_may_begin_before_its_anchor()
    {
        var extractor = Extractor(maxLookBehind: 40, WordBefore);

        var citations = extractor.Extract("zie label #7 hier");

        Assert.That(citations.Select(c => (c.Text, c.Span)), Is.EqualTo(new[] { ("label #7", new TextSpan(4, 8)) }));
    }

    [TestCase(5, "ghi #1")]
    [TestCase(3, "#1")]
    [TestCase(1, "#1")]
    public void The_window_never_starts_inside_a_word(int maxLookBehind, string expected)
    {
        // The step takes the whole look-behind window: with a reach that ends inside "ghi" or "abcdef",
        // the window starts at the next word boundary instead.
        var extractor = Extractor(maxLookBehind, (window, anchor, parsed) =>
            new[] { parsed[0] with { Span = TextSpan.FromBounds(0, parsed[0].Span.End) } });

        var citations = extractor.Extract("abcdef ghi #1");

        Assert.That(citations.Single().Text, Is.EqualTo(expected));
    }

    [Test]
    public void A_step_that_returns_null_drops_the_match()
    {
        var extractor = Extractor(maxLookBehind: 40, (window, anchor, parsed) => null);

        Assert.That(extractor.Extract("label #7"), Is.Empty);
    }

    [Test]
    public void Look_behind_citations_may_overlap_those_of_other_families_and_come_in_text_order()
    {
        var families = new[] { BwbFamily.Instance, LookBehindFamily(40, WordBefore) };
        var extractor = new CitationExtractor(families);

        var citations = extractor.Extract("BWBR0001903 #7 en label #8, BWBR0005537");

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "BWBR0001903", "BWBR0001903 #7", "label #8", "BWBR0005537" }));
    }

    [Test]
    public void Sub_spans_are_mapped_relative_to_the_citation_start_in_source_characters()
    {
        // A soft hyphen and a hyphenated line end vanish from the window but not from the source.
        const string text = "het Wetboek van Straf-\nvor\u00ADdering (hierna: Sv)";

        var definition = (AbbreviationDefinition)CitationFinder.Extract(text).Single();

        Assert.That(definition.Span, Is.EqualTo(new TextSpan(4, text.Length - 4)));
        Assert.That(definition.Text.Substring(definition.ExpansionSpan.Start, definition.ExpansionSpan.Length), Is.EqualTo("Wetboek van Straf-\nvor\u00ADdering"));
        Assert.That(definition.Text.Substring(definition.AbbreviationSpan.Start, definition.AbbreviationSpan.Length), Is.EqualTo("Sv"));
    }

    private static CitationExtractor Extractor(int maxLookBehind, LookBehindStep step) =>
        new(new[] { LookBehindFamily(maxLookBehind, step) });

    private static CitationFamily LookBehindFamily(int maxLookBehind, LookBehindStep step) =>
        new("hash", new[] { "#" }, Hash, maxLength: 10, anchorNeedsWordStart: false, lookBehind: new LookBehind(maxLookBehind, step));

    // Starts the citation at the word just before the anchor.
    private static IReadOnlyList<Citation>? WordBefore(string window, int anchorIndex, IReadOnlyList<Citation> parsed)
    {
        var start = anchorIndex;
        while (start > 0 && window[start - 1] == ' ')
        {
            start--;
        }

        while (start > 0 && window[start - 1] != ' ')
        {
            start--;
        }

        return new[] { parsed[0] with { Span = TextSpan.FromBounds(start, parsed[0].Span.End) } };
    }
}
