using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class ArticleNumberFormRuleTests
{
    private const string Id = "CIT2015";

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning, "artikel 2 van Boek 6 van het Burgerlijk Wetboek")]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning, "artikel 6:2 BW")]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Warning, "artikel 6:2 BW")]
    [TestCase(LintProfile.Literatuur, RuleSeverity.Info, "art. 6:2 BW")]
    public void A_BW_article_without_keyword_is_reported_and_fixed_for_the_profile(LintProfile profile, RuleSeverity severity, string fix)
    {
        const string text = "Zie 6:2 BW.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("6:2 BW"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf '" + fix + "' in plaats van '6:2 BW'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo(fix));
        });
    }

    [Test]
    public void The_law_first_form_is_fixed_to_the_citation_form()
    {
        Assert.That(Fixed("Burgerlijk Wetboek Boek 6, Artikel 2", LintProfile.Toelichting), Is.EqualTo("Artikel 6:2 BW"));
    }

    [Test]
    public void An_upper_case_letter_is_fixed_to_lower_case()
    {
        var diagnostic = Single("Artikel 7.13H WHW", LintProfile.Toelichting, Id);

        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("Artikel 7.13h WHW"));
    }

    [Test]
    public void A_list_is_reported_once_and_fixed_whole()
    {
        var diagnostic = Single("de artikelen 7.13H en 7.14 WHW", LintProfile.Toelichting, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'artikelen 7.13h en 7.14 WHW' in plaats van 'artikelen 7.13H en 7.14 WHW'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikelen 7.13h en 7.14 WHW"));
        });
    }

    [TestCase("artikel 6:2 BW")]
    [TestCase("art. 7.13h WHW")]
    [TestCase("artikel 7A:1576 BW")]
    public void The_citation_form_is_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Toelichting, Id), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("Zie 6:2 BW.", In(LintProfile.Toelichting, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'artikel 6:2 BW' instead of '6:2 BW'"));
    }
}
