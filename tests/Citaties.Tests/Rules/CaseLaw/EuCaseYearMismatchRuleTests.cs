using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class EuCaseYearMismatchRuleTests
{
    [TestCase("HvJ EU 16 juli 2020, C-311/18, ECLI:EU:C:2020:559 (Schrems II)")]
    [TestCase("HvJ 9 november 2017, C-298/16, ECLI:EU:C:2017:843, punt 32 en 33")]
    [TestCase("C-33/13, EU:C:2014:184, punt 37")]
    [TestCase("HvJ 17 december 2015, C-419/14, ECLI:EU:C:2015:832")]
    [TestCase("HvJ 15 mei 1997, C-250/95, ECLI:EU:C:1997:239")]
    [TestCase("HR 28 oktober 2016, 15/02940, ECLI:NL:HR:2016:2430")]
    [TestCase("C-311/18. Zie ook ECLI:EU:C:2017:559.")]
    public void A_case_brought_in_or_before_the_ecli_year_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3008", text), Is.Empty);
    }

    [Test]
    public void A_case_brought_after_the_ecli_year_is_a_warning_at_the_ecli()
    {
        const string text = "Zie HvJ EU 16 juli 2020, C-311/18, ECLI:EU:C:2017:559 (Schrems II).";

        var diagnostic = Of("CIT3008", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:EU:C:2017:559")));
            Assert.That(diagnostic.Message, Is.EqualTo("Zaak C-311/18 is in 2018 aangebracht, na het jaar van de ECLI (2017)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void Of_joined_cases_the_one_brought_last_counts()
    {
        var diagnostic = Of("CIT3008", "gevoegde zaken C-511/16, C-512/17 en C-520/18, ECLI:EU:C:2017:791", English).Single();

        Assert.That(diagnostic.Message, Is.EqualTo("Case C-520/18 was brought in 2018, after the year of the ECLI (2017)"));
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void Is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3008", "HvJ EU 16 juli 2020, C-311/18, ECLI:EU:C:2017:559", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }
}
