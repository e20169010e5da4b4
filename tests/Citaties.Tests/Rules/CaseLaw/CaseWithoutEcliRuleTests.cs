using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class CaseWithoutEcliRuleTests
{
    [TestCase("HR 29 januari 2016, ECLI:NL:HR:2016:162")]
    [TestCase("HR 18 februari 2005, LJN AR5213")]
    [TestCase("NJ 2017/13")]
    [TestCase("zaak C-311/18")]
    [TestCase("EFTA-Hof 10 december 2010, E-3/11")]
    [TestCase("Rb. Den Haag 20 maart 2013 (zie ook hierna), ECLI:NL:RBDHA:2013:BZ7059")]
    public void A_citation_with_its_ecli_or_without_instance_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3010", text), Is.Empty);
    }

    [Test]
    public void A_decision_cited_by_instance_date_and_journal_is_a_warning_on_the_citation()
    {
        // Leidraad 7.1: instance, date, ECLI, then the journal.
        const string text = "Zie HR 8 december 2006, NJ 2007/201, m.nt. J. Hijma.";

        var diagnostic = Of("CIT3010", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "HR 8 december 2006, NJ 2007/201, m.nt. J. Hijma")));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld de ECLI van HR 8 december 2006"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void A_later_short_reference_to_a_decision_cited_with_its_ecli_is_not_reported()
    {
        const string text = "HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8. Zoals HR 29 januari 2016, r.o. 3.9 laat zien, ...";

        Assert.That(Of("CIT3010", text), Is.Empty);
    }

    [Test]
    public void A_decision_from_before_identifiers_is_info()
    {
        // "HR 8 april 1975, NJ 1975, 329" in the rechtspraak corpus.
        Assert.That(Of("CIT3010", "HR 8 april 1975, NJ 1975, 329").Single().Severity, Is.EqualTo(RuleSeverity.Info));
    }

    [TestCase(LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Warning)]
    [TestCase(LintProfile.Literatuur, RuleSeverity.Warning)]
    public void Is_a_warning_where_the_ar_or_the_leidraad_asks_for_the_ecli(LintProfile profile, RuleSeverity expected)
    {
        Assert.That(Of("CIT3010", "ABRvS 10 maart 2021, AB 2021/300", In(profile)).Single().Severity, Is.EqualTo(expected));
    }

    [Test]
    public void Is_not_reported_in_a_kamerbrief()
    {
        Assert.That(Of("CIT3010", "ABRvS 10 maart 2021, AB 2021/300", In(LintProfile.Kamerstuk)), Is.Empty);
    }
}
