using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// The test vectors of citation-rules.md section 14 for case law and official journals: each gives exactly the
/// verdicts listed there, and the good ones no warning or error at all.
/// </summary>
[TestFixture]
public class CaseLawAndJournalVectorTests
{
    [TestCase("Stb. 2023, 123")]
    [TestCase("Stcrt. 2024, 5678")]
    [TestCase("Trb. 2008, 175")]
    [TestCase("HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8")]
    [TestCase("ECLI:NL:HR:2020:1234")]
    [TestCase("ECLI:NL:HR:2005:AR5213")]
    public void A_good_vector_gives_no_finding(string text)
    {
        Assert.That(CitationLinter.Lint(text).Diagnostics, Is.Empty);
    }

    [TestCase("Stb. 575", "CIT4001", RuleSeverity.Error)]
    [TestCase("Stb. 2023, 0", "CIT4002", RuleSeverity.Error)]
    [TestCase("ECLI:NL:HR:2020:01234", "CIT3004", RuleSeverity.Error)]
    [TestCase("ECLI:NL:HR:2020:AB1234", "CIT3005", RuleSeverity.Warning)]
    [TestCase("ECLI:NL:RBSGR:2016:1234", "CIT3003", RuleSeverity.Warning)]
    [TestCase("ECLI:NL:XYZ:2020:1", "CIT3002", RuleSeverity.Error)]
    [TestCase("ECLI:HR:2016:113", "CIT3001", RuleSeverity.Error)]
    public void A_bad_vector_gives_exactly_its_verdict(string text, string id, RuleSeverity severity)
    {
        var verdicts = CitationLinter.Lint(text).Diagnostics.Select(d => (d.Id, d.Severity));

        Assert.That(verdicts, Is.EqualTo(new[] { (id, severity) }));
    }

    [Test]
    public void The_ecli_without_country_is_fixed()
    {
        Assert.That(CitationLinter.Fix("ECLI:HR:2016:113").Text, Is.EqualTo("ECLI:NL:HR:2016:113"));
    }
}
