using Citaties.Model;

namespace Citaties.Tests.Scanning;

/// <summary>No citation runs from one paragraph into the next: not over an empty line, not over U+2029.</summary>
[TestFixture]
public class ParagraphBreakTests
{
    [Test]
    public void A_single_line_break_inside_a_citation_is_read_over()
    {
        var citation = CitationParser.Extract("zie Kamerstuk 28 \n638, nr. 178.").Single();

        Assert.That(citation.Text, Is.EqualTo("Kamerstuk 28 \n638, nr. 178"));
    }

    [TestCase("Artikel 2\n\nTegen dit besluit staat beroep open.")]
    [TestCase("Artikel 2\r\n  \r\nTegen dit besluit staat beroep open.")]
    [TestCase("Artikel 2\u2029Tegen dit besluit staat beroep open.")]
    public void A_citation_ends_at_a_paragraph_break(string text)
    {
        var citation = CitationParser.Extract(text).Single();

        Assert.That(citation.Text, Is.EqualTo("Artikel 2"));
        Assert.That(citation.Kind, Is.EqualTo(CitationKind.Article));
    }

    [Test]
    public void A_definition_does_not_reach_back_into_the_previous_paragraph()
    {
        var definition = CitationParser.Extract("Wetboek van Strafvordering\u2029Wet open overheid (hierna: Woo)")
            .OfType<AbbreviationDefinition>()
            .Single();

        Assert.That(definition.Expansion, Is.EqualTo("Wet open overheid"));
    }
}
