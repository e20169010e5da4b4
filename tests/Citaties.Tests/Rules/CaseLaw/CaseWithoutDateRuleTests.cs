using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class CaseWithoutDateRuleTests
{
    [TestCase("HR 29 januari 2016, ECLI:NL:HR:2016:162")]
    [TestCase("NJ 2017/13")]
    [TestCase("zaak C-311/18")]
    [TestCase("de HR, die oordeelde")]
    public void A_dated_citation_or_one_without_instance_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3014", text), Is.Empty);
    }

    [TestCase("Zie HR, ECLI:NL:HR:2016:162.", "HR, ECLI:NL:HR:2016:162", "HR")]
    [TestCase("Zie Rb. Amsterdam 2016, ECLI:NL:RBAMS:2016:123.", "Rb. Amsterdam 2016, ECLI:NL:RBAMS:2016:123", "Rb. Amsterdam")]
    public void An_instance_with_an_ecli_and_no_full_date_is_a_warning(string text, string cited, string court)
    {
        var diagnostic = Of("CIT3014", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, cited)));
            Assert.That(diagnostic.Message, Is.EqualTo($"Vermeld de datum van de uitspraak van {court}"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void Is_info_in_a_kamerbrief()
    {
        Assert.That(Of("CIT3014", "HR, ECLI:NL:HR:2016:162", In(LintProfile.Kamerstuk)).Single().Severity, Is.EqualTo(RuleSeverity.Info));
    }
}
