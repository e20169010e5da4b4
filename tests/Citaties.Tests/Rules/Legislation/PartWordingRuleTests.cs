using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class PartWordingRuleTests
{
    private const string Id = "CIT2004";

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning)]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Info)]
    public void Sub_for_an_onderdeel_is_reported_with_the_profile_severity(LintProfile profile, RuleSeverity severity)
    {
        const string text = "Volgens artikel 8 sub c Awb mag dat.";

        var diagnostic = Single(text, profile, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 8 sub c Awb"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'onderdeel c' in plaats van 'sub c'"));
        });
    }

    [TestCase("art. 6 lid 4 sub c Awb")]
    [TestCase("art. 3 letter b Wet milieubeheer")]
    public void Literature_accepts_sub_and_letter(string text)
    {
        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [TestCase("artikel 8, onderdeel c, van de Algemene wet bestuursrecht")]
    [TestCase("artikel 5, onder b")]
    [TestCase("artikel 10, onderdeel a, onder 2°")]
    [TestCase("artikel 9, eerste lid, aanhef en onderdeel b")]
    public void Onderdeel_and_onder_are_fine(string text)
    {
        Assert.That(Findings(text, LintProfile.Regeling, Id), Is.Empty);
    }

    [Test]
    public void Letters_become_onderdelen()
    {
        var diagnostic = Single("artikel 3 letters a en b Wm", LintProfile.Toelichting, Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'onderdelen a en b' in plaats van 'letters a en b'"));
    }

    [Test]
    public void A_subonderdeel_with_sub_is_reported_on_its_own()
    {
        var diagnostics = Findings("artikel 10, onderdeel a, sub 2°, van de Wet op de rechterlijke organisatie", LintProfile.Toelichting, Id);

        Assert.That(diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "Schrijf 'onder 2°' in plaats van 'sub 2°'" }));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 8 sub c Awb", In(LintProfile.Regeling, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Write 'onderdeel c' instead of 'sub c'"));
    }

    [Test]
    public void The_fix_writes_onderdeel_and_leaves_the_rest_of_the_text()
    {
        const string text = "Volgens artikel 8 letter c Awb mag dat.";

        var fixedText = Fixed(text, LintProfile.Toelichting);

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo("Volgens artikel 8, onderdeel c, Awb mag dat."));
            Assert.That(Findings(fixedText, LintProfile.Toelichting, Id), Is.Empty);
        });
    }
}
