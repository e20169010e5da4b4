using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class ImpossibleCaseDateRuleTests
{
    [TestCase("HR 30 juni 2016, ECLI:NL:HR:2016:1456")]
    [TestCase("Rb. Amsterdam 29 februari 2016")]
    [TestCase("ABRvS 31 december 2019, ECLI:NL:RVS:2019:4399")]
    [TestCase("NJ 2017/13")]
    [TestCase("zaak C-311/18")]
    public void An_existing_date_or_none_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3009", text), Is.Empty);
    }

    [Test]
    public void A_day_the_month_does_not_have_is_an_error_on_the_date()
    {
        const string text = "Zie HR 31 juni 2016, ECLI:NL:HR:2016:1456, r.o. 3.2.";

        var diagnostic = Of("CIT3009", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "31 juni 2016")));
            Assert.That(diagnostic.Message, Is.EqualTo("31 juni 2016 bestaat niet: juni heeft 30 dagen"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_twenty_ninth_of_february_outside_a_leap_year_is_an_error()
    {
        const string text = "Rb. Amsterdam 29 februari 2015";

        var diagnostic = Of("CIT3009", text, English).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "29 februari 2015")));
            Assert.That(diagnostic.Message, Is.EqualTo("29 februari 2015 does not exist: februari has 28 days"));
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3009", "HR 31 juni 2016", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }
}
