using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class ImpossibleDossierSuffixRuleTests
{
    [TestCase("Kamerstukken II 2018/19, 35 000 VI, nr. 5")]
    [TestCase("Kamerstukken II 2012/13, 33 400 IXB, nr. 2")]
    [TestCase("Kamerstukken II 2019/20, 35 300 XVI, nr. 2")]
    [TestCase("Kamerstukken II 2019/20, 35 300-A, nr. 15")]
    [TestCase("Kamerstukken II 2012/13, 33 400-J, nr. 1")]
    [TestCase("Kamerstukken II 2020/21, 21 501-07, nr. 1750")]
    [TestCase("Kamerstukken II 2019/20, 23 908 (R1519), nr. 3")]
    public void Suffixes_in_use_give_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1012"), Is.Empty);
    }

    [Test]
    public void Four_Xs_is_an_error()
    {
        const string text = "Zie Kamerstukken II 2019/20, 35 300 XXXX, nr. 3.";

        var diagnostic = Single(text, "CIT1012");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstukken II 2019/20, 35 300 XXXX, nr. 3"));
            Assert.That(diagnostic.Message, Is.EqualTo("Dossiersuffix 'XXXX' bestaat niet"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("Kamerstukken II 2019/20, 35 300 IIII, nr. 3", "IIII")]
    [TestCase("Kamerstukken II 2019/20, 35 300 VX, nr. 3", "VX")]
    [TestCase("Kamerstukken II 2019/20, 35 300 XXXV, nr. 3", "XXXV")]
    [TestCase("Kamerstukken II 2019/20, 35 300-Q, nr. 3", "Q")]
    public void Numerals_that_are_not_chapters_and_unknown_letters_are_errors(string text, string suffix)
    {
        var diagnostic = Single(text, "CIT1012");

        Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
        Assert.That(diagnostic.Message, Is.EqualTo($"Dossiersuffix '{suffix}' bestaat niet"));
    }

    [Test]
    public void A_numeric_sub_dossier_of_another_dossier_is_only_a_warning()
    {
        Assert.That(Single("Kamerstukken II 2019/20, 32 317-07, nr. 3", "CIT1012").Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerstukken II 2019/20, 35 300 XXXX, nr. 3", "CIT1012", English()).Message,
            Is.EqualTo("Dossier suffix 'XXXX' cannot exist"));
    }
}
