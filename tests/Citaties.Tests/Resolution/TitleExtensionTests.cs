using Citaties.Model;

namespace Citaties.Tests.Resolution;

/// <summary>
/// A title the grammar ends too early (before "in", "bij", "en de") is extended to the catalog title the text goes on with.
/// </summary>
[TestFixture]
public class TitleExtensionTests
{
    private static List<ArticleCitation> Articles(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    [TestCase("krachtens artikel 17 van de Wet tarieven in strafzaken bepaalde.", "Wet tarieven in strafzaken", "BWBR0002406")]
    [TestCase("bedoeld in artikel 2 van de Wet toetsing levensbeëindiging op verzoek en hulp bij zelfdoding en hiervan", "Wet toetsing levensbeëindiging op verzoek en hulp bij zelfdoding", "BWBR0012410")]
    [TestCase("artikel 101 van de Herinrichtingswet Oost-Groningen en de Gronings-Drentse Veenkoloniën. 3. De", "Herinrichtingswet Oost-Groningen en de Gronings-Drentse Veenkoloniën", "BWBR0003143")]
    [TestCase("artikel 2 van de Wet DNA-onderzoek\nbij  veroordeelden, is", "Wet DNA-onderzoek bij veroordeelden", "BWBR0017212")]
    public void Extends_the_title_to_the_catalog_title_the_text_goes_on_with(string text, string title, string bwb)
    {
        var citation = Articles(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Law?.Bwb, Is.EqualTo(bwb));
            Assert.That(citation.LawText, Is.EqualTo(title));
            Assert.That(citation.Text.ReplaceLineEndings(" ").Replace("  ", " "), Does.EndWith(title));
            Assert.That(citation.Text, Is.EqualTo(text.Substring(citation.Span.Start, citation.Span.Length)));
            Assert.That(citation.Text.Substring(citation.LawSpan.Start, citation.LawSpan.Length), Does.StartWith("van de Wet").Or.StartWith("van de Herinrichtingswet"));
            Assert.That(citation.LawSpan.End, Is.EqualTo(citation.Span.Length));
        });
    }

    [Test]
    public void Gives_a_list_the_extended_title()
    {
        var citation = Articles("de artikelen 5, eerste lid, en 17 van de Wet tarieven in strafzaken zijn").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0002406"));
            Assert.That(citation.LawText, Is.EqualTo("Wet tarieven in strafzaken"));
            Assert.That(citation.Text, Is.EqualTo("artikelen 5, eerste lid, en 17 van de Wet tarieven in strafzaken"));
        });
    }

    [Test]
    public void Gives_every_side_of_a_jo_chain_the_extended_title()
    {
        var citations = Articles("artikel 5, eerste lid, jo. artikel 17 van de Wet tarieven in strafzaken zijn");

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Law?.Bwb), Is.All.EqualTo("BWBR0002406"));
            Assert.That(citations.Select(c => c.LawText), Is.All.EqualTo("Wet tarieven in strafzaken"));
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "artikel 5, eerste lid", "artikel 17 van de Wet tarieven in strafzaken" }));
        });
    }

    [TestCase("artikel 5 van de Wet tarieven in de zorg")]
    [TestCase("artikel 5 van de Wet tarieven, in strafzaken")]
    public void Leaves_the_title_alone_when_the_text_goes_on_otherwise(string text)
    {
        var citation = Articles(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.LawText, Is.EqualTo("Wet tarieven"));
            Assert.That(citation.Text, Is.EqualTo("artikel 5 van de Wet tarieven"));
            Assert.That(citation.Law?.Bwb, Is.Null);
        });
    }

    [Test]
    public void Extends_titles_when_linting_too()
    {
        var result = CitationLinter.Lint("Zie artikel 17 van de Wet tarieven in strafzaken.");

        Assert.That(result.Citations.OfType<ArticleCitation>().Single().Law?.Bwb, Is.EqualTo("BWBR0002406"));
    }
}
