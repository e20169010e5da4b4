using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class AbolishedCourtRuleTests
{
    [TestCase("ECLI:NL:RBSGR:2012:BX1234")]
    [TestCase("ECLI:NL:GHARN:2011:BQ1234")]
    [TestCase("ECLI:NL:RBDHA:2016:1234")]
    [TestCase("ECLI:NL:AGAMS:2020:1")]
    [TestCase("ECLI:EU:F:2016:12")]
    public void A_year_up_to_the_last_or_an_unknown_last_year_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3003", text), Is.Empty);
    }

    [Test]
    public void An_abolished_court_with_a_later_year_is_a_warning()
    {
        const string text = "Rb. 's-Gravenhage, ECLI:NL:RBSGR:2016:1234.";

        var diagnostic = Of("CIT3003", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:RBSGR:2016:1234")));
            Assert.That(diagnostic.Message, Is.EqualTo("RBSGR (Rechtbank 's-Gravenhage) is opgeheven en deed na 2012 geen uitspraken meer"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    public void Is_a_warning_in_the_drafting_profiles_too(LintProfile profile)
    {
        Assert.That(Of("CIT3003", "ECLI:NL:RBSGR:2016:1234", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_eu_civil_service_tribunal_after_2016_is_a_warning()
    {
        Assert.That(Of("CIT3003", "ECLI:EU:F:2017:3"), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT3003", "ECLI:NL:GHLEE:2014:12", English).Single().Message,
            Is.EqualTo("GHLEE (Gerechtshof Leeuwarden) was abolished and gave no decisions after 2012"));
    }
}
