using Citaties.Model;

namespace Citaties.Tests.Scanning;

/// <summary>No citation runs from one paragraph into the next: not over an empty line, not over U+2029.</summary>
[TestFixture]
public class ParagraphBreakTests
{
    [Test]
    public void A_single_line_break_inside_a_citation_is_read_over()
    {
        var citation = CitationFinder.Extract("zie Kamerstuk 28 \n638, nr. 178.").Single();

        Assert.That(citation.Text, Is.EqualTo("Kamerstuk 28 \n638, nr. 178"));
    }

    [TestCase("Artikel 2\n\nTegen dit besluit staat beroep open.")]
    [TestCase("Artikel 2\r\n  \r\nTegen dit besluit staat beroep open.")]
    [TestCase("Artikel 2\u2029Tegen dit besluit staat beroep open.")]
    public void A_citation_ends_at_a_paragraph_break(string text)
    {
        var citation = CitationFinder.Extract(text).Single();

        Assert.That(citation.Text, Is.EqualTo("Artikel 2"));
        Assert.That(citation.Kind, Is.EqualTo(CitationKind.Article));
    }

    [Test]
    public void A_definition_does_not_reach_back_into_the_previous_paragraph()
    {
        var definition = CitationFinder.Extract("Wetboek van Strafvordering\u2029Wet open overheid (hierna: Woo)")
            .OfType<AbbreviationDefinition>()
            .Single();

        Assert.That(definition.Expansion, Is.EqualTo("Wet open overheid"));
    }
}

/// <summary>An anchor word hyphenated over a line end is still an anchor: "Kamer-\nstukken", "Handelin-\ngen".</summary>
[TestFixture]
public class HyphenatedAnchorTests
{
    [TestCase("zie Kamer-\nstukken II 2018/19, 35 000 VI, nr. 5.", "Kamer-\nstukken II 2018/19, 35 000 VI, nr. 5", CitationKind.Kamerstuk)]
    [TestCase("zie Handelin-\r\n  gen II 2010/11, nr. 108, item 5.", "Handelin-\r\n  gen II 2010/11, nr. 108, item 5", CitationKind.Handelingen)]
    [TestCase("op grond van arti-\nkel 125p Sv kan", "arti-\nkel 125p Sv", CitationKind.Article)]
    [TestCase("de Veror-\ndening (EU) 2022/2065 geldt", "Veror-\ndening (EU) 2022/2065", CitationKind.EuAct)]
    public void Is_found_and_read_as_one_word(string text, string expected, CitationKind kind)
    {
        var citation = CitationFinder.Extract(text).Single(c => c.Kind == kind);

        Assert.That(citation.Text, Is.EqualTo(expected));
    }

    [TestCase("de kamer-\ngenoten van de commissie")]
    [TestCase("zie Kamer- en Senaatsstukken")]
    public void A_hyphen_without_the_rest_of_the_word_gives_nothing(string text)
    {
        Assert.That(CitationFinder.Extract(text), Is.Empty);
    }
}
