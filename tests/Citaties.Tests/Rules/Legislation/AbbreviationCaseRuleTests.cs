using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class AbbreviationCaseRuleTests
{
    private const string Id = "CIT2011";

    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void AWB_is_an_info_with_the_catalog_spelling(LintProfile profile)
    {
        const string text = "Zie art. 8:1 AWB hierover.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("art. 8:1 AWB"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'Awb' in plaats van 'AWB'"));
            Assert.That(At(text, diagnostic.Fix!.Span), Is.EqualTo("AWB"));
        });
    }

    [TestCase("art. 8:1 Awb")]
    [TestCase("art. 125p Sv")]
    [TestCase("art. 6:162 BW")]
    public void The_right_capitals_are_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_fix_changes_only_the_capitals()
    {
        const string text = "Zie art. 8:1 lid 1 AWB hierover.";

        var fixedText = Fixed(text, LintProfile.Literatuur);

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo("Zie art. 8:1 lid 1 Awb hierover."));
            Assert.That(Findings(fixedText, LintProfile.Literatuur, Id), Is.Empty);
        });
    }

    [Test]
    public void The_document_s_own_spelling_is_fine()
    {
        const string text = "De Algemene wet bestuursrecht (hierna: AWB) regelt in artikel 8:1 AWB het beroep.";

        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("art. 8:1 AWB", In(LintProfile.Literatuur, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'Awb' instead of 'AWB'"));
    }
}
