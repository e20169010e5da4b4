using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class BwWithoutBookRuleTests
{
    private const string Id = "CIT2014";

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void A_BW_article_without_book_is_a_warning_in_every_profile(LintProfile profile)
    {
        const string text = "Zie art. 162 BW.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("art. 162 BW"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld het boek van het BW: 'art. 162 BW' (bijvoorbeeld artikel 6:162 BW)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("art. 6:162 lid 2 BW")]
    [TestCase("artikel 6:162 BW")]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek")]
    [TestCase("artikel 162 Sr")]
    public void A_BW_article_with_its_book_or_another_law_is_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_full_title_without_book_is_reported()
    {
        Assert.That(Findings("artikel 162 van het Burgerlijk Wetboek", LintProfile.Toelichting, Id), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 162 BW", In(LintProfile.Literatuur, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("State the book of the BW: 'artikel 162 BW' (for example artikel 6:162 BW)"));
    }
}
