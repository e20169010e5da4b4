using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class ImplausibleNumberRuleTests
{
    [TestCase("Kamerstukken II 2025/26, 22 112, nr. 4207")]
    [TestCase("Kamerstukken II 2025/26, 36 698, nr. 1")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 4046")]
    [TestCase("Aanhangsel Handelingen I 2014/15, nr. 12")]
    [TestCase("Handelingen II 2017/18, nr. 112, item 150")]
    [TestCase("Handelingen I 2014/15, nr. 47, item 80")]
    public void Numbers_in_the_usual_range_give_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1011"), Is.Empty);
    }

    [Test]
    public void A_vergadernummer_too_high_is_a_warning()
    {
        const string text = "Zie Handelingen II 2019/20, nr. 350, item 6.";

        var diagnostic = Single(text, "CIT1011");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Handelingen II 2019/20, nr. 350, item 6"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vergadernummer 350 is onwaarschijnlijk hoog (meestal hoogstens 150)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("Handelingen I 2014/15, nr. 75, item 4", "Vergadernummer 75")]
    [TestCase("Handelingen I 2014/15, nr. 11, item 140", "Itemnummer 140")]
    [TestCase("Aanhangsel Handelingen I 2014/15, nr. 1241", "Aanhangselnummer 1241")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 20201413", "Aanhangselnummer 20201413")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 12000", "Ondernummer 12000")]
    [TestCase("Kamerstukken II 2019/20, 93 300, nr. 12", "Dossiernummer 93300")]
    public void Each_kind_of_number_has_its_limit(string text, string start)
    {
        Assert.That(Single(text, "CIT1011").Message, Does.StartWith(start));
    }

    [Test]
    public void The_dossier_limit_moves_with_the_configured_day()
    {
        const string text = "Kamerstukken II 2029/30, 39 100, nr. 2";

        Assert.That(Findings(text, "CIT1011", In(LintProfile.Literatuur) with { Today = new DateTime(2026, 1, 1) }), Has.Count.EqualTo(1));
        Assert.That(Findings(text, "CIT1011", In(LintProfile.Literatuur) with { Today = new DateTime(2030, 1, 1) }), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Handelingen II 2019/20, nr. 350, item 6", "CIT1011", English()).Message,
            Is.EqualTo("Meeting number 350 is implausibly high (usually at most 150)"));
    }
}
