using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class CaseMonthAsNumberRuleTests
{
    [TestCase("HR 8 juli 2016, ECLI:NL:HR:2016:1456")]
    [TestCase("HR 3 nov. 1970, NJ 1971, 108")]
    [TestCase("HR 31-6-2016")]
    public void A_month_written_out_or_an_impossible_date_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3012", text), Is.Empty);
    }

    [Test]
    public void A_month_as_a_number_is_a_warning_with_the_date_written_out()
    {
        // "ECLI:NL:CRVB:2014:1663, 11-17 WW-V, CRvB 14-05-2014" in ECLI_NL_CRVB_2012_BY5954.
        const string text = "zie uitspraak CRvB 14-05-2014, ECLI:NL:CRVB:2014:1663";

        var diagnostic = Of("CIT3012", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "14-05-2014")));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf de maand voluit: '14 mei 2014' in plaats van '14-05-2014'"));
            Assert.That(FixSettles("CIT3012", text), Is.EqualTo("zie uitspraak CRvB 14 mei 2014, ECLI:NL:CRVB:2014:1663"));
        });
    }

    [TestCase("Rb. Amsterdam 8/7/2016", "Rb. Amsterdam 8 juli 2016")]
    [TestCase("HR 08.07.2016, NJ 2017/13", "HR 8 juli 2016, NJ 2017/13")]
    public void Every_separator_is_fixed(string text, string expected)
    {
        Assert.That(FixSettles("CIT3012", text), Is.EqualTo(expected));
    }

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning)]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Info)]
    [TestCase(LintProfile.Literatuur, RuleSeverity.Warning)]
    public void Severity_per_profile(LintProfile profile, RuleSeverity expected)
    {
        Assert.That(Of("CIT3012", "HR 8-7-2016", In(profile)).Single().Severity, Is.EqualTo(expected));
    }
}
