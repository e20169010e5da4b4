using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class CourtEcliMismatchRuleTests
{
    [TestCase("ABRvS 10 maart 2021, ECLI:NL:RVS:2021:525")]
    [TestCase("Hof Arnhem-Leeuwarden 7 juli 2015, ECLI:NL:GHARL:2015:4991")]
    [TestCase("Rb. Den Haag (zittingsplaats Amsterdam) 20 maart 2013, ECLI:NL:RBDHA:2013:BZ7059")]
    [TestCase("Rb. Den Haag 12 mei 2010, ECLI:NL:RBSGR:2010:BM4185")]
    [TestCase("HvJ EU 16 juli 2020, C-311/18, ECLI:EU:C:2020:559")]
    [TestCase("HR 19 december 2014, ECLI:NL:PHR:2014:2 (concl. A-G J. Spier)")]
    [TestCase("EFTA-Hof 10 december 2010, ECLI:NL:HR:2010:1")]
    public void The_same_court_or_a_court_without_code_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3011", text), Is.Empty);
    }

    [Test]
    public void Another_court_in_the_ecli_is_a_warning_on_the_ecli()
    {
        // citation-rules.md 7.2: ABRvS is RVS.
        const string text = "ABRvS 10 maart 2021, ECLI:NL:HR:2021:525";

        var diagnostic = Of("CIT3011", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:HR:2021:525")));
            Assert.That(diagnostic.Message, Is.EqualTo("ABRvS heeft gerechtscode RVS, maar de ECLI noemt HR"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("Rb. Amsterdam 3 maart 2016, ECLI:NL:RBROT:2016:1234", "RBAMS", "RBROT")]
    [TestCase("Hof Den Haag 3 maart 2016, ECLI:NL:RBDHA:2016:1234", "GHDHA", "RBDHA")]
    [TestCase("HR 19 december 2014, ECLI:NL:PHR:2014:2", "HR", "PHR")]
    [TestCase("HvJ EU 16 juli 2020, ECLI:NL:HR:2020:559", "C", "HR")]
    public void Two_courts_that_both_exist_are_told_apart(string text, string code, string ecliCourt)
    {
        Assert.That(Of("CIT3011", text, English).Single().Message, Does.EndWith($"has court code {code}, but the ECLI names {ecliCourt}"));
    }
}
