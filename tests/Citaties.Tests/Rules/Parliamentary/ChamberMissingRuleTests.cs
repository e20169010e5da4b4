using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class ChamberMissingRuleTests
{
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    [TestCase("Kamerstukken 31945")]
    [TestCase("Handelingen II 2019/20, nr. 35, item 6")]
    [TestCase("Aanh. Handelingen II 2019/20, nr. 3645")]
    public void A_chamber_or_a_whole_bill_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1003"), Is.Empty);
    }

    [Test]
    public void A_missing_chamber_is_a_warning_in_literature()
    {
        const string text = "Zie Kamerstuk 28 638, nr. 178.";

        var diagnostic = Single(text, "CIT1003");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstuk 28 638, nr. 178"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld de Kamer (I of II) in 'Kamerstuk 28 638, nr. 178'"));
            Assert.That(diagnostic.Fix, Is.Null, "nothing in the citation tells the chamber");
        });
    }

    [Test]
    public void The_kamerstuk_profile_accepts_the_house_style()
    {
        Assert.That(Findings("Zie Kamerstuk 28 638, nr. 178.", "CIT1003", In(LintProfile.Kamerstuk)), Is.Empty);
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    public void The_legislative_profiles_warn(LintProfile profile)
    {
        Assert.That(Single("Kamerstuk 28 638, nr. 178", "CIT1003", In(profile)).Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void A_high_aanhangsel_number_is_a_Tweede_Kamer_answer_and_is_fixed()
    {
        AssertFix(
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. 1129.",
            "CIT1003",
            "Zie ook Aanhangsel Handelingen II 2025/26, nr. 1129.");
    }

    [Test]
    public void A_low_aanhangsel_number_could_be_either_chamber_and_has_no_fix()
    {
        Assert.That(Single("Aanhangsel Handelingen 2014/15, nr. 12", "CIT1003").Fix, Is.Null);
    }

    [Test]
    public void An_Eerste_Kamer_letter_gives_chamber_I()
    {
        AssertFix("Zie Kamerstukken 2008/09, 31 700 VI, D.", "CIT1003", "Zie Kamerstukken I 2008/09, 31 700 VI, D.");
    }

    [Test]
    public void A_high_vergadernummer_gives_chamber_II()
    {
        AssertFix("Handelingen 2019/20, nr. 95, item 4", "CIT1003", "Handelingen II 2019/20, nr. 95, item 4");
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerstuk 28 638, nr. 178", "CIT1003", English()).Message,
            Is.EqualTo("State the chamber (I or II) in 'Kamerstuk 28 638, nr. 178'"));
    }
}
