using Citaties.Model;

namespace Citaties.Tests.Grammar;

/// <summary>
/// The lid before its article (issue #15 item 5): <c>het tweede lid van artikel 7 van de Wet X</c> is one citation
/// holding the lid, the same record as <c>artikel 7, tweede lid, van de Wet X</c>, without the determiner.
/// </summary>
[TestFixture]
public class ArticleParagraphFirstTests
{
    private static List<ArticleCitation> Extract(string text) =>
        CitationFinder.Extract(text).OfType<ArticleCitation>().ToList();

    // bwb/BWBR0001854.xml (Wetboek van Strafrecht), as the text reads without its markup.
    [Test]
    public void Reads_an_ordinal_lid_before_its_article_and_law_as_one_citation()
    {
        var citation = Extract("als bedoeld in het derde lid van artikel 451e van het Wetboek van Strafvordering").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("derde lid van artikel 451e van het Wetboek van Strafvordering"));
            Assert.That(citation.Article, Is.EqualTo("451e"));
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "3" }));
            Assert.That(citation.ParagraphStyle, Is.EqualTo(ParagraphStyle.Ordinal));
            Assert.That(citation.Keyword, Is.EqualTo("artikel"));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(citation.Canonical, Is.EqualTo("artikel 451e, derde lid, van het Wetboek van Strafvordering"));
            Assert.That(citation.Links.Single(), Does.EndWith("jci1.3:c:BWBR0001903&artikel=451e"));
        });
    }

    // rechtspraak/ECLI_NL_HR_1996_AA1933.txt: "die" followed by a noun that names no regulation is no law.
    [Test]
    public void Ends_before_a_phrase_that_is_no_law()
    {
        var citation = Extract("in de zin van het zesde lid van artikel 3 van die uitvoeringsbeschikking, slechts als zodanig").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("zesde lid van artikel 3"));
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "6" }));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.None));
        });
    }

    // rechtspraak/ECLI_NL_CBB_2000_AA9276.txt: "van de wet" is the law under discussion.
    [Test]
    public void Takes_de_wet_as_a_back_reference_like_after_an_article()
    {
        var citation = Extract("dat ingevolge het tweede lid van artikel 9 van de wet erop mag vertrouwen").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("tweede lid van artikel 9 van de wet"));
            Assert.That(citation.LawForm, Is.EqualTo(LawForm.DeicticReference));
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "2" }));
        });
    }

    // bwb/BWBR0001854.xml: "het tweede en derde lid van artikel 37".
    [TestCase("het tweede en derde lid van artikel 37 Sv", new[] { "2", "3" }, false, "artikel 37, tweede en derde lid, Sv")]
    [TestCase("het eerste tot en met derde lid van artikel 6 Sv", new[] { "1", "2", "3" }, true, "artikel 6, eerste tot en met derde lid, Sv")]
    [TestCase("de leden 1 en 2 van artikel 5 Sv", new[] { "1", "2" }, false, "artikel 5, eerste en tweede lid, Sv")]
    [TestCase("lid 2 van art. 7:658 BW", new[] { "2" }, false, "artikel 7:658, tweede lid, BW")]
    public void Reads_lists_and_ranges_of_leden_before_the_article(string text, string[] paragraphs, bool range, string canonical)
    {
        var citation = Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Paragraphs, Is.EqualTo(paragraphs));
            Assert.That(citation.ParagraphsAreRange, Is.EqualTo(range));
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
            Assert.That(citation.Text, Does.Not.StartWith("het ").And.Not.StartWith("de "));
        });
    }

    [Test]
    public void Keeps_the_onderdelen_after_the_article()
    {
        var citation = Extract("het eerste lid van artikel 5, onder a, van de Algemene wet bestuursrecht").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Paragraphs, Is.EqualTo(new[] { "1" }));
            Assert.That(citation.Parts, Is.EqualTo(new[] { "a" }));
            Assert.That(citation.Canonical, Is.EqualTo("artikel 5, eerste lid, onder a, van de Algemene wet bestuursrecht"));
        });
    }

    // Further articles after the first are read as after "artikel 5", so none is lost and all share the law.
    [Test]
    public void Reads_further_articles_after_the_first_with_the_shared_law()
    {
        var citation = Extract("het eerste lid van artikel 5 en 6 Sv").Single();

        Assert.Multiple(() =>
        {
            Assert.That(citation.Text, Is.EqualTo("eerste lid van artikel 5 en 6 Sv"));
            Assert.That(citation.Articles.Select(a => string.Join(",", a.Paragraphs)), Is.EqualTo(new[] { "1", "" }));
            Assert.That(citation.Law?.Bwb, Is.EqualTo("BWBR0001903"));
            Assert.That(citation.Canonical, Is.EqualTo("artikelen 5, eerste lid, en 6 Sv"));
        });
    }

    [TestCase("het eerste lid van dit artikel")]
    [TestCase("de leden van de Tweede Kamer")]
    [TestCase("een lid van de commissie")]
    [TestCase("het tweede lid van de vereniging")]
    public void Finds_nothing_where_no_article_follows(string text)
    {
        Assert.That(Extract(text), Is.Empty);
    }

    [Test]
    public void A_lid_of_something_else_is_no_near_miss()
    {
        Assert.That(Citaties.Scanning.CitationExtractor.Default.ExtractWithNearMisses("lid 2 van de vereniging van artikel 3").NearMisses, Is.Empty);
    }

    [Test]
    public void Try_parse_reads_it_as_one_citation()
    {
        var result = CitationFinder.TryParse("tweede lid van artikel 7 van de Wet op de rechterlijke organisatie");

        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(((ArticleCitation)result.Citations.Single()).Paragraphs, Is.EqualTo(new[] { "2" }));
    }
}
