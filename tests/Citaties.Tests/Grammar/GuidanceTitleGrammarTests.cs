using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// Circulars, policy rules and instructions cited by title and Staatscourant (Ar 3.37, the Leidraad;
/// citation-rules.md 5.1): the title as written, the Staatscourant as a gazette citation inside and on its own,
/// the canonical form with the Stcrt. in brackets, and the titles that must not be taken.
/// </summary>
[TestFixture]
public class GuidanceTitleGrammarTests
{
    private const string Circular = "Circulaire van de Minister van Justitie van 10 december 2004";

    private static GuidanceCitation Guidance(string text) =>
        CitationFinder.Extract(text).OfType<GuidanceCitation>().Single();

    [Test]
    public void Reads_a_circular_with_its_staatscourant_in_brackets()
    {
        var text = "Zie de " + Circular + " (Stcrt. 2004, 245) over de opsporing.";
        var c = Guidance(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo(Circular + " (Stcrt. 2004, 245)"));
            Assert.That(c.Span.Start, Is.EqualTo(7));
            Assert.That(c.Title, Is.EqualTo(Circular));
            Assert.That(c.Items, Is.Empty);
            Assert.That(c.BwbId, Is.Null);
            Assert.That(c.Gazette!.Journal, Is.EqualTo("Stcrt"));
            Assert.That((c.Gazette.Year, c.Gazette.Number), Is.EqualTo((2004, "245")));
            Assert.That(c.Gazette.Span, Is.EqualTo(new TextSpan(Circular.Length + 2, 16)), "relative to the guidance citation");
            Assert.That(c.Canonical, Is.EqualTo(Circular + " (Stcrt. 2004, 245)"));
            Assert.That(c.Links, Is.Empty, "the Staatscourant of 2004 is not on officielebekendmakingen.nl by its number");
        });
    }

    [Test]
    public void Keeps_the_staatscourant_as_a_gazette_citation_of_its_own()
    {
        var text = "Zie de " + Circular + " (Stcrt. 2004, 245).";
        var citations = CitationFinder.Extract(text);
        var guidance = citations.OfType<GuidanceCitation>().Single();
        var gazette = citations.OfType<GazetteCitation>().Single();

        Assert.That(gazette.Span, Is.EqualTo(new TextSpan(guidance.Span.Start + guidance.Gazette!.Span.Start, guidance.Gazette.Span.Length)));
        Assert.That(gazette.Text, Is.EqualTo("Stcrt. 2004, 245"));
    }

    [Test]
    public void Reads_a_policy_rule_with_its_staatscourant_after_a_comma_as_the_leidraad_writes_it()
    {
        var c = Guidance("(zie Beleidsregels ontheffing nachtvluchten Schiphol, Stcrt. 2019, 5678).");

        Assert.Multiple(() =>
        {
            Assert.That(c.Text, Is.EqualTo("Beleidsregels ontheffing nachtvluchten Schiphol, Stcrt. 2019, 5678"), "the bracket closes the 'zie'");
            Assert.That(c.Title, Is.EqualTo("Beleidsregels ontheffing nachtvluchten Schiphol"));
            Assert.That(c.Canonical, Is.EqualTo("Beleidsregels ontheffing nachtvluchten Schiphol (Stcrt. 2019, 5678)"));
            Assert.That(c.Links, Is.EqualTo(new[] { "https://zoek.officielebekendmakingen.nl/stcrt-2019-5678.html" }));
        });
    }

    [TestCase("de Aanwijzing opsporing en vervolging van mensenhandel (Stcrt. 2013, 34851)", "Aanwijzing opsporing en vervolging van mensenhandel")]
    [TestCase("de Instructie gegevensverstrekking (Staatscourant 2015, 1234)", "Instructie gegevensverstrekking")]
    [TestCase("de Beleidsregel boetetoemeting (Stcrt. 2021, 45000)", "Beleidsregel boetetoemeting")]
    [TestCase("de Beleidsregeling  subsidie\nbodemsanering (Stcrt. 2010, 7000)", "Beleidsregeling subsidie bodemsanering")]
    [TestCase("in de circulaire van de minister van 5 mei 2010 (Stcrt. 2010, 7000)", "circulaire van de minister van 5 mei 2010")]
    [TestCase("de circulaire economie en de Beleidsregel afval (Stcrt. 2010, 7000)", "Beleidsregel afval")]
    [TestCase("de Circulaire van 1 dec. 2004 (Stcrt. 2004, 245)", "Circulaire van 1 dec. 2004")]
    public void Takes_the_title_from_its_first_word_with_single_spaces(string text, string title)
    {
        Assert.That(Guidance(text).Title, Is.EqualTo(title));
    }

    [Test]
    public void Resolves_the_bwb_id_of_a_title_the_catalog_knows()
    {
        var c = Guidance("de Aanwijzingen voor de regelgeving (Stcrt. 1992, 230)");

        Assert.That(c.BwbId, Is.EqualTo("BWBR0005730"));
        Assert.That(c.Links[0], Is.EqualTo("https://wetten.overheid.nl/BWBR0005730"));
    }

    [Test]
    public void Parses_a_single_circular_as_one_citation()
    {
        var result = CitationFinder.TryParse(Circular + " (Stcrt. 2004, 245)");

        Assert.That(result.Citation, Is.InstanceOf<GuidanceCitation>());
    }

    [TestCase("de regeling van de minister (Stcrt. 2004, 245)", Description = "no start word")]
    [TestCase("De Circulaire is ingetrokken. De regeling (Stcrt. 2004, 245)", Description = "over a sentence end")]
    [TestCase("de Circulaire (vervallen) van de minister (Stcrt. 2004, 245)", Description = "over another bracket")]
    [TestCase("de Circulaire (Stcrt. 2004, 245", Description = "bracket not closed")]
    [TestCase("de Circulaire Stcrt. 2004, 245", Description = "neither bracket nor comma")]
    [TestCase("de Circulaire (Stcrt. 2004)", Description = "no number")]
    [TestCase("de Circulaire (Stb. 2004, 245)", Description = "not the Staatscourant")]
    public void Finds_no_circular_without_title_or_staatscourant(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<GuidanceCitation>(), Is.Empty);
    }

    [Test]
    public void Does_not_take_a_title_longer_than_its_cap()
    {
        var title = "Circulaire " + string.Join(" ", Enumerable.Repeat("over veel", 20));

        Assert.That(CitationFinder.Extract(title + " (Stcrt. 2004, 245)").OfType<GuidanceCitation>(), Is.Empty);
    }
}
