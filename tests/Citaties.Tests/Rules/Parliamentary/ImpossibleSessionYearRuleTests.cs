using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class ImpossibleSessionYearRuleTests
{
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    [TestCase("Kamerstukken II 1999/2000, 26 800, nr. 2")]
    [TestCase("Handelingen II 2025/26, nr. 12, item 3")]
    [TestCase("Aanhangsel Handelingen II 2025/26, nr. 1129")]
    public void A_possible_year_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1001"), Is.Empty);
    }

    [Test]
    public void Years_that_do_not_follow_each_other_are_an_error()
    {
        const string text = "Zie Kamerstukken II 2019/21, 35 300, nr. 3.";

        var diagnostic = Single(text, "CIT1001");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstukken II 2019/21, 35 300, nr. 3"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vergaderjaar 2019/21 bestaat niet: een vergaderjaar loopt van 2019 tot 2020, niet tot 2021"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("Handelingen II 2018/20, nr. 5, item 2")]
    [TestCase("Aanhangsel Handelingen II 2021/2023, nr. 5")]
    public void Non_consecutive_years_are_found_in_every_parliamentary_kind(string text)
    {
        Assert.That(Single(text, "CIT1001").Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void A_year_that_has_not_begun_is_judged_against_the_configured_day()
    {
        const string text = "Kamerstukken II 2026/27, 36 800, nr. 3";

        // Prinsjesdag 2026 is 15 September: before it, 2026/27 lies in the future; on it, it has begun.
        var before = Findings(text, "CIT1001", In(LintProfile.Literatuur) with { Today = new DateTime(2026, 9, 14) });
        var on = Findings(text, "CIT1001", In(LintProfile.Literatuur) with { Today = new DateTime(2026, 9, 15) });

        Assert.That(before.Single().Message, Is.EqualTo("Vergaderjaar 2026/27 bestaat niet: het is nog niet begonnen"));
        Assert.That(on, Is.Empty);
    }

    [Test]
    public void A_five_digit_dossier_before_the_war_is_impossible()
    {
        Assert.That(Single("Kamerstukken II 1938/39, 34 193, nr. 1", "CIT1001").Message, Does.EndWith("dossiernummers van vijf cijfers bestaan pas na 1945/46"));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = Single("Kamerstukken II 2019/21, 35 300, nr. 3", "CIT1001", English());

        Assert.That(diagnostic.Message, Is.EqualTo("Parliamentary year 2019/21 cannot exist: a parliamentary year runs from 2019 to 2020, not to 2021"));
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void It_is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Single("Kamerstukken II 2019/21, 35 300, nr. 3", "CIT1001", In(profile)).Severity, Is.EqualTo(RuleSeverity.Error));
    }
}
