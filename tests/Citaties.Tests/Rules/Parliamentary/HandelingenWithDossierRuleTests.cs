using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class HandelingenWithDossierRuleTests
{
    [Test]
    public void Handelingen_by_meeting_give_no_finding()
    {
        Assert.That(Findings("Handelingen II 2019/20, nr. 35, item 6, p. 4", "CIT1008"), Is.Empty);
    }

    [Test]
    public void A_dossier_number_is_an_error_without_fix()
    {
        const string text = "Zie Handelingen, 2006/07, 31 015, nr. 67.";

        var diagnostic = Single(text, "CIT1008", In(LintProfile.Kamerstuk));

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Handelingen, 2006/07, 31 015, nr. 67"));
            Assert.That(diagnostic.Message, Is.EqualTo("Handelingen hebben geen dossiernummer (31 015); bedoelt u Kamerstukken?"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Handelingen II 2006/07, 31 015, nr. 67", "CIT1008", English()).Message,
            Is.EqualTo("Handelingen have no dossier number (31 015); did you mean Kamerstukken?"));
    }
}
