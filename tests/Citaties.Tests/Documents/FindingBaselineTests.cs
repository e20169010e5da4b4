using System.Text;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Tests.Documents;

/// <summary>
/// A baseline holds findings by rule, file and citation text, counted: moving a paragraph keeps a finding known,
/// editing the citation or repeating the mistake makes a new one.
/// </summary>
[TestFixture]
public class FindingBaselineTests
{
    private const string Old = "Eerste alinea met BWBR001903.\n\nTweede alinea.\n";

    private static IReadOnlyList<LintFinding> Findings(string text) =>
        DocumentReader.Default.ReadString("brief.txt", text).Lint(LintOptions.Default).Findings;

    private static FindingBaseline BaselineOf(string text) =>
        FindingBaseline.Parse(Encoding.UTF8.GetString(FindingBaseline.From(new[] { ("brief.txt", Findings(text)) }).ToJson()));

    [Test]
    public void A_moved_paragraph_is_not_new()
    {
        var baseline = BaselineOf(Old);

        var moved = Findings("Nieuwe eerste alinea.\n\nTweede alinea.\n\nEerste alinea met BWBR001903.\n");

        Assert.That(moved, Is.Not.Empty);
        Assert.That(baseline.NewFindings("brief.txt", moved), Is.Empty);
    }

    [Test]
    public void An_edited_citation_is_new()
    {
        var baseline = BaselineOf(Old);

        var edited = Findings("Eerste alinea met BWBR001904.\n\nTweede alinea.\n");

        Assert.That(baseline.NewFindings("brief.txt", edited).Select(f => f.Text), Is.EqualTo(new[] { "BWBR001904" }));
    }

    [Test]
    public void A_second_identical_mistake_is_new_and_the_first_stays_known()
    {
        var baseline = BaselineOf(Old);

        var twice = Findings(Old + "Nog eens BWBR001903.\n");

        var fresh = baseline.NewFindings("brief.txt", twice);
        Assert.That(fresh, Has.Count.EqualTo(1));
        Assert.That(fresh[0].Region.StartLine, Is.EqualTo(4));
    }

    [Test]
    public void The_same_finding_in_another_file_is_new()
    {
        var baseline = BaselineOf(Old);

        Assert.That(baseline.NewFindings("andere.txt", Findings(Old)), Has.Count.EqualTo(1));
    }

    [TestCase("[]", "no \"version\"")]
    [TestCase("{ \"version\": 2, \"findings\": [] }", "version 2 is not supported")]
    [TestCase("{ \"version\": 1, \"findings\": [ { \"rule\": \"CIT6001\", \"path\": \"a\", \"text\": \"x\" } ] }", "positive \"count\"")]
    [TestCase("{ \"version\": 1 ", "not valid JSON")]
    public void A_file_that_is_no_baseline_says_why(string json, string reason)
    {
        Assert.That(() => FindingBaseline.Parse(json), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void Fingerprints_ignore_the_line_and_count_occurrences()
    {
        var first = Findings(Old);
        var moved = Findings("Iets ervoor.\n\n" + Old);

        Assert.Multiple(() =>
        {
            Assert.That(FindingIdentity.Occurrences(Findings(Old + "Nog eens BWBR001903.\n")), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(
                FindingIdentity.Fingerprint(moved[0].Diagnostic.Id, "brief.txt", moved[0].Text, 0),
                Is.EqualTo(FindingIdentity.Fingerprint(first[0].Diagnostic.Id, "brief.txt", first[0].Text, 0)));
            Assert.That(FindingIdentity.Fingerprint("CIT6001", "brief.txt", "x", 0), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(FindingIdentity.Fingerprint("CIT6001", "brief.txt", "x", 0), Is.Not.EqualTo(FindingIdentity.Fingerprint("CIT6001", "brief.txt", "x", 1)));
        });
    }
}
