using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.Journals;

[TestFixture]
public class GazetteYearMissingRuleTests
{
    [TestCase("Stb. 2023, 123")]
    [TestCase("(Stcrt. 2015, 10247)")]
    [TestCase("Wet van 28 maart 1985, Stb. 180, strekkende tot")]
    [TestCase("bij besluit van 21 december 1999 (Stb. 587)")]
    [TestCase("Koninklijk Besluit van 24-02-1961, Stb 56.")]
    [TestCase("Wet van 28 maart 1985 tot wijziging van de Wet op X (Stb. 180)")]
    [TestCase("Wet van 10 juli 2023 tot wijziging van artikel 5 van de Awb (Stb. 575)")]
    [TestCase("PbEU L 277")]
    public void A_year_written_or_given_by_the_date_just_before_gives_no_finding(string text)
    {
        Assert.That(Of("CIT4001", text), Is.Empty);
    }

    [Test]
    public void A_number_without_year_is_an_error()
    {
        const string text = "Zie Stb. 575 voor de wijziging.";

        var diagnostic = Of("CIT4001", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "Stb. 575")));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld het jaar in 'Stb. 575' (bijvoorbeeld Stb. 2011, 35)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT4001", "Stb. 575", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [TestCase("Op 3 maart 1985 is het besluit genomen. Het Besluit X, Stb. 37.")]
    [TestCase("Besluit van 3 maart 1985\nStb. 37")]
    [TestCase("Wet van 2 mei 1921, Stb. 1921, 702 en Stb. 308")]
    public void A_date_in_another_sentence_does_not_give_the_year(string text)
    {
        Assert.That(Of("CIT4001", text), Has.Count.EqualTo(1));
    }

    [TestCase(LintProfile.Regeling, RuleSeverity.Info)]
    [TestCase(LintProfile.Toelichting, RuleSeverity.Info)]
    [TestCase(LintProfile.Kamerstuk, RuleSeverity.Warning)]
    [TestCase(LintProfile.Literatuur, RuleSeverity.Warning)]
    public void A_placeholder_is_info_in_a_draft_and_a_warning_in_a_document_that_goes_out(LintProfile profile, RuleSeverity severity)
    {
        const string text = "Wet van … tot wijziging van de Wet X (Stb. …, …).";

        var diagnostic = Of("CIT4001", text, In(profile)).Single();

        Assert.That(diagnostic.Severity, Is.EqualTo(severity));
        Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "Stb. …, …")));
    }

    [Test]
    public void A_configured_severity_wins_over_the_placeholder_default()
    {
        var options = new LintOptions
        {
            Profile = LintProfile.Regeling,
            Severities = new Dictionary<string, RuleSeverity> { ["CIT4001"] = RuleSeverity.Error },
        };

        Assert.That(Of("CIT4001", "(Stb. …, …)", options).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT4001", "Stcrt. 41", English).Single().Message,
            Is.EqualTo("State the year in 'Stcrt. 41' (for example Stcrt. 2011, 35)"));
    }
}
