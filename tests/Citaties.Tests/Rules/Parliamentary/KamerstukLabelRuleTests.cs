using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class KamerstukLabelRuleTests
{
    [TestCase("Kamerstuk 31 015, nr. 201")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    [TestCase("bijlage bij Kamerstuk 34 193, nr. 2")]
    public void A_citation_label_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1006"), Is.Empty);
    }

    [Test]
    public void Kamerbrief_is_a_warning_at_the_citation()
    {
        const string text = "3 Kamerbrief 31 015, nr. 201";

        var diagnostic = Single(text, "CIT1006", In(LintProfile.Kamerstuk));

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerbrief 31 015, nr. 201"));
            Assert.That(diagnostic.Message, Is.EqualTo("'Kamerbrief' is geen citeervorm; schrijf 'Kamerstuk'"));
            Assert.That(Covered(text, diagnostic.Fix!.Span), Is.EqualTo("Kamerbrief"));
        });
    }

    [Test]
    public void Kamerbrief_is_fixed_to_the_house_style_label()
    {
        AssertFix("3 Kamerbrief 31 015, nr. 201\n4 Verder.", "CIT1006", "3 Kamerstuk 31 015, nr. 201\n4 Verder.", In(LintProfile.Kamerstuk));
    }

    [Test]
    public void Kamerbrief_with_a_year_becomes_the_plural()
    {
        AssertFix("Kamerbrief II 2019/20, 31 015, nr. 201", "CIT1006", "Kamerstukken II 2019/20, 31 015, nr. 201");
    }

    [Test]
    public void A_lower_case_label_gets_its_capital()
    {
        AssertFix("(kamerstuk 29 279, nr. 133)", "CIT1006", "(Kamerstuk 29 279, nr. 133)", In(LintProfile.Kamerstuk));
    }

    [Test]
    public void A_lower_case_label_after_bijlage_bij_is_fixed_in_place()
    {
        AssertFix("bijlage bij kamerstukken II 2015/16, 34 389, nr. 9", "CIT1006", "bijlage bij Kamerstukken II 2015/16, 34 389, nr. 9");
    }

    [Test]
    public void TK_is_written_out()
    {
        AssertFix("TK 2019/20, 35 300, nr. 3", "CIT1006", "Kamerstukken II 2019/20, 35 300, nr. 3");
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerbrief 31 015, nr. 201", "CIT1006", English()).Message,
            Is.EqualTo("'Kamerbrief' is not a citation form; write 'Kamerstuk'"));
    }
}
