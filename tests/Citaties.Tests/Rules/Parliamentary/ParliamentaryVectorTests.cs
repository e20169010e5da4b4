using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

/// <summary>
/// The parliamentary test vectors of citation-rules.md section 14 (and the good and bad examples of 3.1), each
/// with exactly the verdict listed there, counted over the CIT0xxx and CIT1xxx rules. Interpretation:
/// <list type="bullet">
/// <item>A vector with a stated context is checked in that profile.</item>
/// <item>A vector without one names the fault it is about; it is checked exactly in profile kamerstuk, where a
/// missing chamber or year is accepted house style, so that fault is the whole verdict. In literatuur the same
/// verdict must be there, plus CIT1003/CIT1004 where the citation lacks chamber or year.</item>
/// <item><c>Kamerstuk 34193, nr. 1</c>: "Info (spacing)" holds only when the document mixes styles (DESIGN.md
/// CIT1005: differs from the document's own style); alone in a document only the two warnings remain.</item>
/// </list>
/// </summary>
[TestFixture]
public class ParliamentaryVectorTests
{
    [TestCase("Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3.")]
    [TestCase("Handelingen II 2019/20, nr. 35, item 6, p. 4")]
    [TestCase("Aanh. Handelingen II 2019/20, nr. 3645")]
    [TestCase("Handelingen II 2007/08, nr. 108, p. 7909-7943")]
    [TestCase("Handelingen II 2010/11, nr. 108, item 5, p. 25-36")]
    [TestCase("Handelingen I 2014/15, nr. 11, item 4, p. 5")]
    [TestCase("Aanhangsel Handelingen I 2014/15, nr. 12")]
    public void Good_vectors_give_no_finding_in_literature(string text)
    {
        Assert.That(Verdict(text, LintProfile.Literatuur), Is.Empty);
    }

    [TestCase("Kamerstukken II 2019/21, 35 300, nr. 3", "CIT1001 error")]
    [TestCase("Kamerstukken II 2019/20, 35 300 XXXX, nr. 3", "CIT1012 error")]
    [TestCase("Kamerstukken I 2019/20, 35 300, nr. AB", "CIT1007 warning")]
    [TestCase("Handelingen II 2019/20, p. 4", "CIT1009 error")]
    [TestCase("Handelingen II 2012/13, nr. 40, p. 4", "CIT1010 warning")]
    [TestCase("Handelingen II 2008/09, nr. 12, item 3", "CIT1010 warning")]
    public void Bad_vectors_with_chamber_and_year_give_their_verdict_in_every_profile(string text, string verdict)
    {
        Assert.Multiple(() =>
        {
            foreach (var profile in new[] { LintProfile.Literatuur, LintProfile.Kamerstuk, LintProfile.Regeling, LintProfile.Toelichting })
            {
                Assert.That(Verdict(text, profile), Is.EqualTo(new[] { verdict }), profile.ToName());
            }
        });
    }

    [TestCase("Kamerbrief 31 015, nr. 201", "CIT1006 warning", "CIT1003 warning", "CIT1004 warning")]
    [TestCase("Handelingen, 2006/07, 31 015, nr. 67", "CIT1008 error", "CIT1003 warning")]
    public void Bad_vectors_without_chamber_give_their_verdict_and_in_literature_the_missing_chamber(string text, string verdict, params string[] alsoInLiterature)
    {
        Assert.That(Verdict(text, LintProfile.Kamerstuk), Is.EqualTo(new[] { verdict }));
        Assert.That(Verdict(text, LintProfile.Literatuur), Is.EquivalentTo(alsoInLiterature.Append(verdict)));
    }

    [Test]
    public void Kamerstuk_34193_alone_in_literature_lacks_chamber_and_year()
    {
        Assert.That(Verdict("Kamerstuk 34193, nr. 1", LintProfile.Literatuur), Is.EqualTo(new[] { "CIT1003 warning", "CIT1004 warning" }));
    }

    [Test]
    public void Kamerstuk_34193_beside_spaced_numbers_in_literature_also_gets_the_spacing_info()
    {
        const string text = "Kamerstuk 34 193, nr. 9. Zie ook Kamerstuk 34193, nr. 1 en Kamerstuk 28 638, nr. 178.";
        var start = text.IndexOf("Kamerstuk 34193", StringComparison.Ordinal);

        var onVector = CitationLinter.Lint(text, In(LintProfile.Literatuur)).Diagnostics
            .Where(d => d.Span.Start >= start && d.Span.End <= start + "Kamerstuk 34193, nr. 1".Length)
            .Select(d => $"{d.Id} {d.Severity.ToName()}");

        Assert.That(onVector, Is.EqualTo(new[] { "CIT1003 warning", "CIT1004 warning", "CIT1005 info" }));
    }

    [Test]
    public void The_aanhangsel_house_style_in_literature_lacks_the_chamber_and_writes_the_year_otherwise()
    {
        Assert.That(Verdict("Aanhangsel Handelingen, vergaderjaar 2023\u20132024, nr. 719", LintProfile.Literatuur),
            Is.EqualTo(new[] { "CIT1002 info", "CIT1003 warning" }));
    }

    private static List<string> Verdict(string text, LintProfile profile) =>
        CitationLinter.Lint(text, In(profile)).Diagnostics
            .Where(d => d.Id.StartsWith("CIT0", StringComparison.Ordinal) || d.Id.StartsWith("CIT1", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Severity.ToName()}")
            .OrderBy(v => v, StringComparer.Ordinal)
            .ToList();
}
