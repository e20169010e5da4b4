using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class TitleWithoutVanRuleTests
{
    private const string Id = "CIT2009";

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning)]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Info)]
    public void A_title_without_van_de_is_reported_at_the_title(LintProfile profile, RuleSeverity severity)
    {
        const string text = "Zie artikel 5 Bekendmakingswet.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 5 Bekendmakingswet"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'van de Bekendmakingswet' in plaats van 'Bekendmakingswet'"));
            Assert.That(At(text, diagnostic.Fix!.Span), Is.EqualTo("Bekendmakingswet"));
        });
    }

    [Test]
    public void Literature_accepts_the_bare_title()
    {
        Assert.That(Findings("art. 5 Bekendmakingswet", LintProfile.Literatuur, Id), Is.Empty);
    }

    [TestCase("artikel 5 van de Bekendmakingswet")]
    [TestCase("artikel 10, tweede lid, Wob")]
    [TestCase("artikel 125p van het Wetboek van Strafvordering")]
    public void A_title_with_van_de_or_an_abbreviation_is_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Toelichting, Id), Is.Empty);
    }

    [Test]
    public void A_code_takes_van_het()
    {
        var diagnostic = Single("artikel 552a Wetboek van Strafvordering", LintProfile.Toelichting, Id);

        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("van het Wetboek van Strafvordering"));
    }

    [Test]
    public void A_title_the_resolver_cuts_back_is_fixed_up_to_its_end()
    {
        const string text = "Zie artikel 552a Wetboek van Strafvordering bevelen en zo.";

        Assert.That(Fixed(text, LintProfile.Toelichting), Is.EqualTo("Zie artikel 552a van het Wetboek van Strafvordering bevelen en zo."));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 5 Bekendmakingswet", In(LintProfile.Toelichting, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'van de Bekendmakingswet' instead of 'Bekendmakingswet'"));
    }

    [Test]
    public void The_fix_adds_van_de_and_leaves_the_rest_of_the_text()
    {
        const string text = "Zie artikel 5, eerste lid, Bekendmakingswet en verder.";

        var fixedText = Fixed(text, LintProfile.Toelichting);

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo("Zie artikel 5, eerste lid, van de Bekendmakingswet en verder."));
            Assert.That(Findings(fixedText, LintProfile.Toelichting, Id), Is.Empty);
        });
    }

    [Test]
    public void A_list_is_reported_once()
    {
        const string text = "de artikelen 3 en 5 Bekendmakingswet";

        var diagnostic = Single(text, LintProfile.Toelichting, Id);

        Assert.That(Fixed(text, LintProfile.Toelichting), Is.EqualTo("de artikelen 3 en 5 van de Bekendmakingswet"));
        Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikelen 3 en 5 Bekendmakingswet"));
    }
}
