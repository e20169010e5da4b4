using Citaties.Rules;

namespace Citaties.Tests.Scanning;

/// <summary>The cheap question a host asks before linting a small text: a "no" must never hide a finding.</summary>
[TestFixture]
public class MayContainCitationTests
{
    private static readonly string SamplesFolder = Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../samples");

    [TestCase("Bereken de toeslag voor het huishouden.")]
    [TestCase("")]
    [TestCase("var x = 12; // tel op")]
    [TestCase("TODO: sorteer de lijst (zie boven) - daarna: klaar")]
    [TestCase("Het artikel is niet meer leverbaar.")]
    public void Text_without_an_anchor_word_may_hold_no_citation(string text)
    {
        Assert.That(CitationFinder.MayContainCitation(text), Is.False);
    }

    [TestCase("Zie art. 7:658 BW.")]
    [TestCase("ECLI:NL:HR:2016:162")]
    [TestCase("Kamerstuk 34193, nr. 1")]
    [TestCase("het Wetboek van Strafvordering (hierna: Sv)")]
    public void Text_with_a_citation_may_hold_one(string text)
    {
        Assert.That(CitationFinder.MayContainCitation(text), Is.True);
    }

    [Test]
    public void A_range_of_a_text_is_asked_without_what_lies_around_it()
    {
        const string text = "code(); // zie artikel 3 Awb\nmore();";
        var comment = text.IndexOf("//", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(CitationFinder.MayContainCitation(text, comment, text.IndexOf('\n') - comment), Is.True);
            Assert.That(CitationFinder.MayContainCitation(text, 0, comment), Is.False);
            Assert.That(() => CitationFinder.MayContainCitation(text, 5, text.Length), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void No_line_of_the_samples_that_it_turns_away_has_a_citation_or_a_finding()
    {
        var lines = Directory.GetFiles(SamplesFolder, "*.txt").SelectMany(File.ReadAllLines).ToList();
        var options = new LintOptions { Profile = LintProfile.Toelichting };

        var turnedAway = lines.Where(line => !CitationFinder.MayContainCitation(line)).ToList();
        var wrong = turnedAway.Where(line => CitationLinter.Lint(line, options) is { } result && (result.Citations.Count > 0 || result.Diagnostics.Count > 0)).ToList();

        Assert.That(turnedAway, Is.Not.Empty);
        Assert.That(wrong, Is.Empty);
    }
}
