using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class UnknownCourtRuleTests
{
    [TestCase("ECLI:NL:RBDHA:2016:1")]
    [TestCase("ECLI:NL:XX:2020:12")]
    [TestCase("ecli:nl:hr:2016:162")]
    [TestCase("ECLI:EU:C:2005:446")]
    [TestCase("ECLI:EU:T:2010:12")]
    [TestCase("ECLI:CE:ECHR:2016:0913JUD005054108")]
    [TestCase("ECLI:BE:CASS:1999:ARR.19990427.9")]
    [TestCase("ECLI:DE:BGH:2019:170119UIZR12.18.0")]
    public void A_known_court_or_a_country_the_catalog_does_not_list_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3002", text), Is.Empty);
    }

    [Test]
    public void An_unknown_dutch_court_is_an_error_at_the_ecli()
    {
        const string text = "Zie ECLI:NL:XYZ:2020:1.";

        var diagnostic = Of("CIT3002", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:XYZ:2020:1")));
            Assert.That(diagnostic.Message, Is.EqualTo("Instantiecode 'XYZ' bestaat niet"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3002", "ECLI:NL:XYZ:2020:1", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void An_unknown_eu_court_is_an_error()
    {
        Assert.That(Of("CIT3002", "ECLI:EU:Q:2020:1").Single().Message, Is.EqualTo("Instantiecode 'Q' bestaat niet"));
    }

    [Test]
    public void A_repaired_country_is_checked_too()
    {
        Assert.That(Of("CIT3002", "ECLI:XYZ:2020:1").Single().Message, Is.EqualTo("Instantiecode 'XYZ' bestaat niet"));
    }

    [Test]
    public void Swapped_parts_are_left_to_CIT3001()
    {
        Assert.That(Of("CIT3002", "ECLI:C:EU:2013:180"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Of("CIT3002", "ECLI:NL:XYZ:2020:1", English).Single().Message, Is.EqualTo("Court code 'XYZ' does not exist"));
    }
}
