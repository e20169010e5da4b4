using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class DossierSpacingRuleTests
{
    private const string Mixed = "Zie Kamerstuk 34 193, nr. 9 en Kamerstuk 28 638, nr. 178; bijlage bij Kamerstuk 34193, nr. 1.";

    [TestCase("Kamerstuk 34193, nr. 1")]
    [TestCase("Kamerstuk 34 193, nr. 9 en Kamerstuk 28 638, nr. 178")]
    [TestCase("Kamerstuk 34193, nr. 9 en Kamerstuk 28638, nr. 178")]
    [TestCase("Kamerstuk 34 193, nr. 9 en Kamerstuk 36100-3")]
    public void One_style_throughout_gives_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1005"), Is.Empty);
    }

    [Test]
    public void The_minority_style_is_info_at_the_number()
    {
        var diagnostic = Single(Mixed, "CIT1005");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(Covered(Mixed, diagnostic.Span), Is.EqualTo("34193"));
            Assert.That(diagnostic.Message, Is.EqualTo("Dossiernummer 34193 wijkt af van de schrijfwijze elders (34 193)"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("34 193"));
        });
    }

    [Test]
    public void The_fix_groups_the_number_and_touches_nothing_else()
    {
        AssertFix(Mixed, "CIT1005", Mixed.Replace("Kamerstuk 34193", "Kamerstuk 34 193"));
    }

    [Test]
    public void A_tie_goes_to_the_spaced_canonical_form()
    {
        var diagnostic = Single("Kamerstuk 34 193, nr. 9 en Kamerstuk 28638, nr. 178", "CIT1005");

        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("28 638"));
    }

    [Test]
    public void A_configured_style_applies_even_to_a_consistent_document()
    {
        const string text = "Kamerstuk 34 193, nr. 9 en Kamerstuk 28 638, nr. 178";
        var options = In(LintProfile.Literatuur) with { DossierStyle = DossierNumberStyle.Compact };

        Assert.That(Findings(text, "CIT1005", options), Has.Count.EqualTo(2));
        AssertFix(text, "CIT1005", "Kamerstuk 34193, nr. 9 en Kamerstuk 28638, nr. 178", options);
    }

    [Test]
    public void A_number_split_over_a_line_counts_as_spaced_and_its_fix_joins_it()
    {
        const string text = "Kamerstuk 28 \n638, nr. 178";
        var options = In(LintProfile.Literatuur) with { DossierStyle = DossierNumberStyle.Compact };

        var diagnostic = Single(text, "CIT1005", options);

        Assert.That(Covered(text, diagnostic.Fix!.Span), Is.EqualTo("28 \n638"));
        AssertFix(text, "CIT1005", "Kamerstuk 28638, nr. 178", options);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single(Mixed, "CIT1005", English()).Message,
            Is.EqualTo("Dossier number 34193 differs from the style used elsewhere (34 193)"));
    }
}
