using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class HandelingenMeetingMissingRuleTests
{
    [Test]
    public void A_vergadernummer_gives_no_finding()
    {
        Assert.That(Findings("Handelingen II 2007/08, nr. 70, p. 4867", "CIT1009"), Is.Empty);
    }

    [Test]
    public void Pages_without_vergadernummer_are_an_error()
    {
        const string text = "Zie Handelingen II 2019/20, p. 4.";

        var diagnostic = Single(text, "CIT1009", In(LintProfile.Kamerstuk));

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Handelingen II 2019/20, p. 4"));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld het vergadernummer (nr.) in 'Handelingen II 2019/20, p. 4'"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void A_citation_with_a_dossier_is_left_to_CIT1008()
    {
        Assert.That(Findings("Handelingen II 2006/07, 31 015, p. 3", "CIT1009"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Handelingen II 2019/20, p. 4", "CIT1009", English()).Message,
            Is.EqualTo("State the meeting number (nr.) in 'Handelingen II 2019/20, p. 4'"));
    }
}
