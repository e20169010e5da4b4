using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class SessionYearFormRuleTests
{
    [TestCase("Kamerstukken II 2018/19, 35 000 VI, nr. 5")]
    [TestCase("Kamerstukken II 1999/2000, 26 800, nr. 2")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645")]
    public void The_canonical_form_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1002"), Is.Empty);
    }

    [Test]
    public void A_dashed_year_is_info_with_the_year_as_fix()
    {
        const string text = "Zie ook Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719.";

        var diagnostic = Single(text, "CIT1002", In(LintProfile.Kamerstuk));

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf het vergaderjaar als 2023/24, niet als 2023\u20132024"));
            Assert.That(Covered(text, diagnostic.Fix!.Span), Is.EqualTo("2023\u20132024"));
            Assert.That(diagnostic.Fix.Replacement, Is.EqualTo("2023/24"));
        });
    }

    [Test]
    public void The_fix_replaces_only_the_year()
    {
        AssertFix(
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 719. Verder niets.",
            "CIT1002",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023/24, nr. 719. Verder niets.",
            In(LintProfile.Kamerstuk));
    }

    [TestCase("Kamerstukken II 2021/2022, 35 925, nr. 1", "Kamerstukken II 2021/22, 35 925, nr. 1")]
    [TestCase("Handelingen II 2019-20, nr. 31, item 8", "Handelingen II 2019/20, nr. 31, item 8")]
    [TestCase("Kamerstukken II 1999/00, 26 800, nr. 2", "Kamerstukken II 1999/2000, 26 800, nr. 2")]
    public void Each_kind_is_fixed_to_the_canonical_year(string text, string expected)
    {
        AssertFix(text, "CIT1002", expected);
    }

    [Test]
    public void An_impossible_year_is_left_to_CIT1001()
    {
        Assert.That(Findings("Kamerstukken II 2019-2021, 35 300, nr. 3", "CIT1002"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerstukken II 2021/2022, 35 925, nr. 1", "CIT1002", English()).Message,
            Is.EqualTo("Write the parliamentary year as 2021/22, not 2021/2022"));
    }
}
