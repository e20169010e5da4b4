using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class ParagraphAsNumberRuleTests
{
    private const string Id = "CIT2003";

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning, "artikel 10, tweede lid, van de Wet openbaarheid van bestuur")]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning, "artikel 10, tweede lid, Wob")]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Info, "artikel 10, tweede lid, Wob")]
    public void A_lid_as_number_is_reported_with_the_profile_severity_and_fixed_to_its_Ar_form(LintProfile profile, RuleSeverity severity, string fix)
    {
        const string text = "Zie artikel 10 lid 2 Wob.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 10 lid 2 Wob"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'tweede lid' in plaats van 'lid 2'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo(fix));
        });
    }

    [Test]
    public void Literature_uses_the_short_form()
    {
        Assert.That(Findings("art. 6:162 lid 2 BW", LintProfile.Literatuur, Id), Is.Empty);
    }

    [TestCase("artikel 10, tweede lid, Wob")]
    [TestCase("artikel 9, eerste lid, aanhef en onderdeel b")]
    [TestCase("artikel 3, tweede tot en met vierde lid, van de Algemene wet bestuursrecht")]
    public void Ordinal_leden_are_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Regeling, Id), Is.Empty);
    }

    [Test]
    public void A_lid_with_a_letter_has_no_ordinal_and_is_left_alone()
    {
        Assert.That(Findings("artikel 8 lid 2a Wet milieubeheer", LintProfile.Toelichting, Id), Is.Empty);
    }

    [Test]
    public void Several_leden_become_ordinals_joined_by_en()
    {
        var diagnostic = Single("artikel 5 leden 1 en 3 Awb", LintProfile.Toelichting, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'eerste en derde lid' in plaats van 'leden 1 en 3'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikel 5, eerste en derde lid, Awb"));
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 10 lid 2 Wob", In(LintProfile.Toelichting, "en-US")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'tweede lid' instead of 'lid 2'"));
    }

    [Test]
    public void The_fix_writes_ordinals_and_leaves_the_rest_of_the_text()
    {
        const string text = "Op grond van artikel 6, lid 4, onderdeel c, van de Algemene wet bestuursrecht geldt dit.";

        var fixedText = Fixed(text, LintProfile.Toelichting);

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo("Op grond van artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht geldt dit."));
            Assert.That(Findings(fixedText, LintProfile.Toelichting, Id), Is.Empty);
            Assert.That(Fixed(fixedText, LintProfile.Toelichting), Is.EqualTo(fixedText));
        });
    }

    [Test]
    public void A_list_is_fixed_whole_with_the_leden_of_each_article()
    {
        const string text = "de artikelen 3, lid 1, en 5, tweede lid, van de Algemene wet bestuursrecht";

        var diagnostic = Single(text, LintProfile.Toelichting, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'eerste lid' in plaats van 'lid 1'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("artikelen 3, eerste lid, en 5, tweede lid, van de Algemene wet bestuursrecht"));
        });
    }

    // A later article of the list written with a number is found too.
    [Test]
    public void A_lid_as_number_later_in_a_list_is_reported()
    {
        const string text = "de artikelen 3, eerste lid, en 5, lid 2, van de Algemene wet bestuursrecht";

        var diagnostic = Single(text, LintProfile.Toelichting, Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'tweede lid' in plaats van 'lid 2'"));
    }
}
