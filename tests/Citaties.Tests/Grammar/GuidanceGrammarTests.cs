using Citaties.Model;
using Citaties.Scanning;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Aanwijzingen of the Aanwijzingen voor de regelgeving (citation-rules.md 0.1, Juriconnect key <c>aanwijzing</c> in
/// 10.2): every form the Ar and the Leidraad use for them, their fields, canonical form and links, and the prose
/// around the word <c>aanwijzing</c> that must give nothing.
/// </summary>
[TestFixture]
public class GuidanceGrammarTests
{
    private const string Ar = "Aanwijzingen voor de regelgeving";
    private const string ArLink = "https://wetten.overheid.nl/jci1.3:c:BWBR0005730&aanwijzing=";

    private static GuidanceCitation Guidance(string text) =>
        CitationFinder.Extract(text).OfType<GuidanceCitation>().Single();

    [TestCase("aanwijzing 3.29 van de Aanwijzingen voor de regelgeving")]
    [TestCase("aanwijzing 3.29 Ar")]
    [TestCase("aanwijzing 3.29 van de Ar")]
    [TestCase("Ar 3.29")]
    [TestCase("Aanwijzing 3.29 Aanwijzingen voor de regelgeving")]
    public void Reads_one_aanwijzing_in_every_form(string text)
    {
        var c = Guidance("Zie " + text + " over verwijzingen.");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo(text));
            Assert.That(c.Span.Start, Is.EqualTo(4));
            Assert.That(c.Kind, Is.EqualTo(CitationKind.Guidance));
            Assert.That(c.Title, Is.EqualTo(Ar));
            Assert.That(c.Items, Is.EqualTo(new[] { "3.29" }));
            Assert.That(c.Paragraph, Is.Null);
            Assert.That(c.BwbId, Is.EqualTo("BWBR0005730"));
            Assert.That(c.Gazette, Is.Null);
            Assert.That(c.Canonical, Is.EqualTo("aanwijzing 3.29 van de Aanwijzingen voor de regelgeving"));
            Assert.That(c.Links, Is.EqualTo(new[] { ArLink + "3.29" }));
        });
    }

    [Test]
    public void Reads_a_list_of_aanwijzingen_with_a_link_for_each()
    {
        var c = Guidance("zoals aanwijzingen 3.29 en 3.30 van de Ar voorschrijven");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("aanwijzingen 3.29 en 3.30 van de Ar"));
            Assert.That(c.Items, Is.EqualTo(new[] { "3.29", "3.30" }));
            Assert.That(c.Canonical, Is.EqualTo("aanwijzingen 3.29 en 3.30 van de Aanwijzingen voor de regelgeving"));
            Assert.That(c.Links, Is.EqualTo(new[] { ArLink + "3.29", ArLink + "3.30" }));
        });
    }

    [Test]
    public void Reads_a_lid_written_as_a_word_between_commas()
    {
        var c = Guidance("Aanwijzing 4.50, tweede lid, Ar staat dat toe.");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("Aanwijzing 4.50, tweede lid, Ar"));
            Assert.That(c.Items, Is.EqualTo(new[] { "4.50" }));
            Assert.That(c.Paragraph, Is.EqualTo("2"));
            Assert.That(c.Canonical, Is.EqualTo("aanwijzing 4.50, tweede lid, van de Aanwijzingen voor de regelgeving"));
        });
    }

    [Test]
    public void Reads_a_lid_written_as_a_number_after_the_short_form()
    {
        var c = Guidance("volgens Ar 3.45 lid 1 tussen haakjes");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("Ar 3.45 lid 1"));
            Assert.That(c.Paragraph, Is.EqualTo("1"));
            Assert.That(c.Canonical, Is.EqualTo("aanwijzing 3.45, eerste lid, van de Aanwijzingen voor de regelgeving"));
        });
    }

    [Test]
    public void Reads_a_number_of_the_editions_before_2018_when_the_instrument_is_named()
    {
        var c = Guidance("aanwijzing 212 van de Aanwijzingen voor de regelgeving");

        Assert.That(c.Items, Is.EqualTo(new[] { "212" }));
    }

    [Test]
    public void Ends_before_a_full_stop_after_the_instrument()
    {
        var c = Guidance("Dat volgt uit Ar 3.29.");

        Assert.That(c.Text, Is.EqualTo("Ar 3.29"));
    }

    [Test]
    public void Parses_a_single_aanwijzing_as_one_citation()
    {
        var result = CitationFinder.TryParse("aanwijzing 3.29 Ar");

        Assert.That(result.Citation, Is.InstanceOf<GuidanceCitation>());
    }

    [TestCase("Careyn kreeg een aanwijzing 2 van de inspectie.")]
    [TestCase("aanwijzing 3.29, tweede lid, van de minister")]
    public void Reports_no_broken_citation_for_an_aanwijzing_of_someone_else(string text)
    {
        // CIT0001 reports a grammar that read past a number into words and failed there; these are prose.
        Assert.That(CitationExtractor.Default.ExtractWithNearMisses(text).NearMisses, Is.Empty);
    }

    [TestCase("De aanwijzing van de minister is bindend.")]
    [TestCase("Op grond van aanwijzing 3.29 moet de verwijzing volledig zijn.")]
    [TestCase("Careyn kreeg in 2016 een aanwijzing 2 van de inspectie.")]
    [TestCase("de aanwijzingen 1 en 2 van de inspectie")]
    [TestCase("Ar is een afkorting; Ar 3 is geen aanwijzing.")]
    [TestCase("AR 3.29 en ar 3.29 zijn geen afkortingen van de Ar.")]
    [TestCase("de aanwijzingsbevoegdheid 3.29")]
    [TestCase("De circulaire economie groeit.")]
    public void Finds_no_aanwijzing_in_prose(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<GuidanceCitation>(), Is.Empty);
    }
}
