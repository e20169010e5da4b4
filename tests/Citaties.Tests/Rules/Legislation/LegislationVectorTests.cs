using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

/// <summary>The legislation test vectors of citation-rules.md section 14, through every legislation rule at once.</summary>
[TestFixture]
public class LegislationVectorTests
{
    private static IReadOnlyList<Diagnostic> Legislation(string text, LintProfile profile) =>
        CitationLinter.Lint(text, In(profile)).Diagnostics.Where(d => d.Id.StartsWith("CIT2", StringComparison.Ordinal)).ToList();

    [Test]
    public void Lid_sub_and_abbreviation_in_a_regeling_are_three_warnings()
    {
        var diagnostics = Legislation("artikel 6 lid 4 sub c Awb", LintProfile.Regeling);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { "CIT2003", "CIT2004", "CIT2008" }));
            Assert.That(diagnostics.Select(d => d.Severity), Is.All.EqualTo(RuleSeverity.Warning));
        });
    }

    [Test]
    public void The_short_form_is_fine_in_literature()
    {
        Assert.That(Legislation("art. 6 lid 4 sub c Awb", LintProfile.Literatuur), Is.Empty);
    }

    [Test]
    public void T_m_in_a_regeling_is_a_warning_for_tot_en_met()
    {
        var diagnostic = Legislation("de artikelen 3 t/m 5", LintProfile.Regeling).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT2010"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
        });
    }

    [Test]
    public void Hierna_inside_a_regeling_is_a_warning()
    {
        var diagnostic = Legislation("de Wet op de kansspelen (hierna: de Wet)", LintProfile.Regeling).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT2013"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
        });
    }

    [TestCase("art. 6:162 lid 2 BW", LintProfile.Literatuur)]
    [TestCase("art. 125p Sv", LintProfile.Literatuur)]
    [TestCase("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht", LintProfile.Regeling)]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek", LintProfile.Regeling)]
    [TestCase("de artikelen 3 tot en met 5", LintProfile.Regeling)]
    [TestCase("artikel 9, eerste lid, aanhef en onderdeel b", LintProfile.Regeling)]
    [TestCase("artikel 10, tweede lid, Wob", LintProfile.Toelichting)]
    [TestCase("artikel 6:162 BW", LintProfile.Toelichting)]
    public void Good_vectors_give_no_legislation_finding_in_their_profile(string text, LintProfile profile)
    {
        Assert.That(Legislation(text, profile), Is.Empty);
    }
}
