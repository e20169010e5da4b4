using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class UnknownAbbreviationRuleTests
{
    private const string Id = "CIT2001";

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void An_unknown_undefined_abbreviation_is_a_warning(LintProfile profile)
    {
        const string text = "Zie artikel 12 Xyzw.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 12 Xyzw"));
            Assert.That(diagnostic.Message, Is.EqualTo("Afkorting 'Xyzw' is onbekend en wordt in het document niet gedefinieerd"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("art. 125p Sv")]
    [TestCase("artikel 6 EVRM")]
    [TestCase("artikel 28 DSA")]
    [TestCase("art. 6:162 BW")]
    public void Abbreviations_the_catalog_knows_are_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void A_bill_the_document_defines_is_fine()
    {
        const string text = "Het wetsvoorstel regulering sekswerk (hierna: Wrs) regelt in artikel 3 Wrs een vergunningplicht.";

        Assert.That(Findings(text, LintProfile.Kamerstuk, Id), Is.Empty);
    }

    [Test]
    public void An_organisation_defined_with_hierna_is_never_an_unknown_law()
    {
        const string text = "De Autoriteit Consument en Markt (hierna: ACM) houdt toezicht op artikel 8 DSA.";

        Assert.That(CitationLinter.Lint(text, In(LintProfile.Literatuur)).Diagnostics.Where(d => d.Id == Id), Is.Empty);
    }

    [Test]
    public void A_configured_abbreviation_is_fine()
    {
        var options = In(LintProfile.Literatuur) with { Extract = new ExtractOptions { Abbreviations = new Dictionary<string, string> { ["Xyzw"] = "Wet xyz" } } };

        Assert.That(CitationLinter.Lint("artikel 12 Xyzw", options).Diagnostics.Where(d => d.Id == Id), Is.Empty);
    }

    [Test]
    public void An_abbreviation_defined_later_is_left_to_CIT2005()
    {
        const string text = "Artikel 3 Xyzw geldt. De Wet xyz (hierna: Xyzw) is nieuw.";

        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 12 Xyzw", In(LintProfile.Literatuur, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Abbreviation 'Xyzw' is unknown and not defined in the document"));
    }
}
