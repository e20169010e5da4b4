using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>The law span and enumeration flag of article citations, which let rules fix only the law or refuse to rewrite a part.</summary>
[TestFixture]
public class ArticleLawSpanTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    private static string LawAsWritten(ArticleCitation c) => c.Text.Substring(c.LawSpan.Start, c.LawSpan.Length);

    [TestCase("Zie artikel 125p Sv.", "Sv")]
    [TestCase("artikel 10, tweede lid, Wob", "Wob")]
    [TestCase("Artikel 15 van de DSA", "van de DSA")]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek", "van Boek 6 van het Burgerlijk Wetboek")]
    [TestCase("art. 8 Sr (oud)", "Sr")]
    [TestCase("artikel 5 Bekendmakingswet", "Bekendmakingswet")]
    public void The_law_span_covers_the_law_phrase_without_the_comma_or_space_before_it(string text, string law)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(LawAsWritten(citation), Is.EqualTo(law));
            Assert.That(citation.InEnumeration, Is.False);
        });
    }

    [Test]
    public void Without_a_law_the_span_is_empty()
    {
        Assert.That(Extract("artikel 5, tweede lid").Single().LawSpan.Length, Is.Zero);
    }

    [Test]
    public void A_list_holds_its_law_once()
    {
        var citation = Extract("de artikelen 10, 14a en 304 van het Wetboek van Strafrecht").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.InEnumeration, Is.False);
            Assert.That(LawAsWritten(citation), Is.EqualTo("van het Wetboek van Strafrecht"));
        });
    }

    [Test]
    public void Only_the_last_side_of_a_jo_chain_holds_the_law()
    {
        var citations = Extract("artikel 359a jo. artikel 360 Sv");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.InEnumeration), Is.All.True);
            Assert.That(citations[0].LawSpan.Length, Is.Zero);
            Assert.That(LawAsWritten(citations[1]), Is.EqualTo("Sv"));
        });
    }

    [Test]
    public void The_law_span_follows_line_breaks_and_no_break_spaces_in_the_source()
    {
        var citation = Extract("zie artikel 2.1\u00A0Wet\nIB 2001 hier").Single();

        Assert.That(LawAsWritten(citation), Is.EqualTo("Wet\nIB 2001"));
    }
}
