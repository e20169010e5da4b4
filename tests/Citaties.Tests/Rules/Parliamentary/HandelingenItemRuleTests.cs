using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class HandelingenItemRuleTests
{
    [TestCase("Handelingen II 2007/08, nr. 108, p. 7909-7943")]
    [TestCase("Handelingen II 2019/20, nr. 35, item 6, p. 4")]
    [TestCase("Handelingen II 2010/11, nr. 108, item 5, p. 25-36")]
    [TestCase("Handelingen II 2010/11, nr. 20, p. 1200")]
    public void The_right_system_for_the_year_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1010"), Is.Empty);
    }

    [Test]
    public void A_missing_item_after_2011_is_a_warning()
    {
        const string text = "Zie Handelingen II 2012/13, nr. 40, p. 4.";

        var diagnostic = Single(text, "CIT1010");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Handelingen II 2012/13, nr. 40, p. 4"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld het itemnummer: sinds 2011 is elk agendapunt van de Handelingen een eigen publicatie (nr. 40, item ...)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void An_item_before_2010_11_is_a_warning()
    {
        Assert.That(Single("Handelingen II 2008/09, nr. 12, item 3", "CIT1010", In(LintProfile.Kamerstuk)).Message,
            Is.EqualTo("Handelingen van 2008/09 hebben geen itemnummers (die bestaan sinds 2011); laat 'item 3' weg en vermeld de pagina's"));
    }

    [Test]
    public void A_citation_without_vergadernummer_is_left_to_CIT1009()
    {
        Assert.That(Findings("Handelingen II 2019/20, p. 4", "CIT1010"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Handelingen II 2008/09, nr. 12, item 3", "CIT1010", English()).Message,
            Is.EqualTo("Handelingen of 2008/09 have no item numbers (they exist since 2011); drop 'item 3' and give the pages"));
    }
}
