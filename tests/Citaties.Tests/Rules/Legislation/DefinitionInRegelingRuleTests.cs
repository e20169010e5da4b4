using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class DefinitionInRegelingRuleTests
{
    private const string Id = "CIT2013";

    [Test]
    public void Hierna_inside_a_regeling_is_a_warning()
    {
        const string text = "Deze wet wijzigt de Wet op de kansspelen (hierna: de Wet) als volgt.";

        var diagnostic = Single(text, LintProfile.Regeling, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Does.EndWith("(hierna: de Wet)"));
            Assert.That(diagnostic.Message, Is.EqualTo("Definieer 'de Wet' in de begripsbepalingen, niet tussen haakjes"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void Hierna_is_fine_outside_a_regeling(LintProfile profile)
    {
        Assert.That(Findings("de Algemene wet bestuursrecht (hierna: Awb)", profile, Id), Is.Empty);
    }

    [Test]
    public void A_begripsbepaling_is_fine()
    {
        Assert.That(Findings("In deze wet wordt verstaan onder de Awb: de Algemene wet bestuursrecht.", LintProfile.Regeling, Id), Is.Empty);
    }

    [Test]
    public void A_bare_bracketed_abbreviation_is_reported_too()
    {
        var diagnostic = Single("het wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts) regelt", LintProfile.Regeling, Id);

        Assert.That(diagnostic.Message, Does.Contain("'Wgts'"));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("de Wet op de kansspelen (hierna: de Wet)", In(LintProfile.Regeling, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Define 'de Wet' in the definitions article, not in brackets"));
    }
}
