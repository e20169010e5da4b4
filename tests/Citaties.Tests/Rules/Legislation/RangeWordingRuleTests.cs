using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class RangeWordingRuleTests
{
    private const string Id = "CIT2010";

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning)]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Info)]
    public void T_m_between_articles_is_reported_with_the_profile_severity(LintProfile profile, RuleSeverity severity)
    {
        const string text = "Zie de artikelen 3 t/m 5.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikelen 3 t/m 5"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'tot en met' in plaats van 't/m'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikelen 3 tot en met 5"));
        });
    }

    // A range anywhere in a list is found, and the fix rewrites the list with every article kept.
    [Test]
    public void A_range_later_in_a_list_is_reported_and_fixed_with_the_whole_list()
    {
        const string text = "Zie de artikelen 52, 53 en 54a t/m 54g van de Wet op de Registeraccountants.";

        var diagnostic = Single(text, LintProfile.Regeling, Id);

        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikelen 52, 53 en 54a tot en met 54g van de Wet op de Registeraccountants"));
    }

    [Test]
    public void Literature_accepts_t_m()
    {
        Assert.That(Findings("art. 16h t/m 16m Auteurswet", LintProfile.Literatuur, Id), Is.Empty);
    }

    [TestCase("de artikelen 3 tot en met 5")]
    [TestCase("artikel 3, tweede tot en met vierde lid, van de Algemene wet bestuursrecht")]
    [TestCase("de artikelen 12b en 12c")]
    public void Tot_en_met_is_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Regeling, Id), Is.Empty);
    }

    [Test]
    public void A_hyphen_between_leden_is_reported_and_fixed_to_ordinals()
    {
        const string text = "artikel 3 leden 2-4 Awb";

        var diagnostic = Single(text, LintProfile.Toelichting, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'tot en met' in plaats van '-'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikel 3, tweede tot en met vierde lid, Awb"));
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("de artikelen 3 t/m 5", In(LintProfile.Regeling, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'tot en met' instead of 't/m'"));
    }

    [Test]
    public void The_fix_writes_tot_en_met_and_leaves_the_rest_of_the_text()
    {
        const string text = "Gelet op de artikelen 3 t/m 5 van de Bekendmakingswet; en meer.";

        var fixedText = Fixed(text, LintProfile.Regeling);

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo("Gelet op de artikelen 3 tot en met 5 van de Bekendmakingswet; en meer."));
            Assert.That(Findings(fixedText, LintProfile.Regeling, Id), Is.Empty);
        });
    }
}
