using Citaties.Rules;

namespace Citaties.Tests.Rules;

/// <summary>
/// The test vectors of citation-rules.md section 14 for EU acts, CELEX numbers and identifiers: each gives
/// exactly the verdict listed, and nothing else of these rules.
/// </summary>
[TestFixture]
public class EuAndIdentifierVectorTests
{
    private static readonly string[] Ids = { "CIT5001", "CIT5002", "CIT5003", "CIT6001", "CIT6002", "CIT6003" };

    private static Diagnostic[] Findings(string text, LintProfile profile) =>
        CitationLinter.Lint(text, new LintOptions { Profile = profile }).Diagnostics.Where(d => Ids.Contains(d.Id)).ToArray();

    [TestCase("Verordening (EU) 2022/2065", LintProfile.Literatuur)]
    [TestCase("Richtlijn 2000/31/EG", LintProfile.Literatuur)]
    [TestCase("CELEX 32022R2065", LintProfile.Literatuur)]
    [TestCase("BWBR0001903", LintProfile.Literatuur)]
    [TestCase("jci1.3:c:BWBR0001903&artikel=125p", LintProfile.Literatuur)]
    [TestCase("kst-28638-178", LintProfile.Literatuur)]
    [TestCase("ah-tk-20192020-3645", LintProfile.Literatuur)]
    [TestCase("stb-2023-123", LintProfile.Literatuur)]
    [TestCase("h-tk-20192020-46-12", LintProfile.Literatuur)]
    [TestCase("32022R2065", LintProfile.Literatuur)]
    public void A_good_vector_parses_and_gives_no_finding(string text, LintProfile profile)
    {
        var parsed = CitationFinder.TryParse(text);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Success, Is.True, parsed.Error?.Message);
            Assert.That(Findings(text, profile), Is.Empty);
        });
    }

    [TestCase("jci1.3:x:BWBR0001903&artikel=1", LintProfile.Literatuur, "CIT6002", RuleSeverity.Error)]
    [TestCase("BWBR001903", LintProfile.Literatuur, "CIT6001", RuleSeverity.Error)]
    [TestCase("jci1.3:c:BWBR001903&artikel=1", LintProfile.Literatuur, "CIT6002", RuleSeverity.Error)]
    [TestCase("Verordening (EG) 593/2008", LintProfile.Regeling, "CIT5001", RuleSeverity.Warning)]
    [TestCase("Verordening (EU) 2022/2065 (CELEX 32022L2065)", LintProfile.Literatuur, "CIT5003", RuleSeverity.Error)]
    [TestCase("CELEX 32022L2065", LintProfile.Literatuur, "CIT5003", RuleSeverity.Error)]
    public void A_bad_vector_gives_exactly_its_verdict(string text, LintProfile profile, string id, RuleSeverity severity)
    {
        var findings = Findings(text, profile);

        Assert.That(findings.Select(d => (d.Id, d.Severity)), Is.EqualTo(new[] { (id, severity) }));
    }
}
