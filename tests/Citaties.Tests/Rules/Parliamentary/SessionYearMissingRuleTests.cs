using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class SessionYearMissingRuleTests
{
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    [TestCase("Kamerstukken 31945")]
    [TestCase("(35300-A, nr. 15)")]
    public void A_year_a_whole_bill_or_a_bare_id_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1004"), Is.Empty);
    }

    [Test]
    public void A_missing_year_is_a_warning_without_fix()
    {
        const string text = "Zie Kamerstukken II, 28 345, nr. 91.";

        var diagnostic = Single(text, "CIT1004");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstukken II, 28 345, nr. 91"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld het vergaderjaar in 'Kamerstukken II, 28 345, nr. 91'"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_kamerstuk_profile_accepts_the_house_style()
    {
        Assert.That(Findings("Kamerstuk 28 638, nr. 178", "CIT1004", In(LintProfile.Kamerstuk)), Is.Empty);
    }

    [Test]
    public void The_regeling_profile_warns()
    {
        Assert.That(Single("Kamerstuk 28 638, nr. 178", "CIT1004", In(LintProfile.Regeling)).Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void Handelingen_are_not_judged_by_this_rule()
    {
        Assert.That(Findings("Handelingen II 2019/20, nr. 35, item 6", "CIT1004"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerstuk 28 638, nr. 178", "CIT1004", English()).Message,
            Is.EqualTo("State the parliamentary year in 'Kamerstuk 28 638, nr. 178'"));
    }
}
