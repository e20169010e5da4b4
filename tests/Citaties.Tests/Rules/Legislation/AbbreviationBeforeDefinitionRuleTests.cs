using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class AbbreviationBeforeDefinitionRuleTests
{
    private const string Id = "CIT2005";

    [Test]
    public void Use_before_the_definition_is_a_warning_at_the_use()
    {
        const string text = "Artikel 3 Wrs geldt. Het wetsvoorstel regulering sekswerk (hierna: Wrs) is ingediend.";

        var diagnostic = Single(text, LintProfile.Kamerstuk, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("Artikel 3 Wrs"));
            Assert.That(diagnostic.Message, Is.EqualTo("'Wrs' wordt gebruikt voordat het verderop wordt gedefinieerd"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void Use_after_the_definition_is_fine()
    {
        const string text = "Het wetsvoorstel regulering sekswerk (hierna: Wrs) is ingediend. Artikel 3 Wrs geldt.";

        Assert.That(Findings(text, LintProfile.Kamerstuk, Id), Is.Empty);
    }

    [Test]
    public void A_known_abbreviation_used_before_its_definition_is_reported_too()
    {
        const string text = "Zie artikel 67 Sv. Het Wetboek van Strafvordering (hierna: Sv) regelt dat.";

        Assert.That(Findings(text, LintProfile.Literatuur, Id), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        const string text = "Artikel 3 Wrs geldt. Het wetsvoorstel regulering sekswerk (hierna: Wrs) is ingediend.";

        var diagnostic = CitationLinter.Lint(text, In(LintProfile.Kamerstuk, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("'Wrs' is used before it is defined further on"));
    }
}
