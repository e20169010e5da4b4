using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.Journals;

[TestFixture]
public class GazetteFormRuleTests
{
    [TestCase("Stb. 2011, 35")]
    [TestCase("Stcrt. 2015, 10247")]
    [TestCase("PbEU 2022, L 277/1")]
    [TestCase("Stcrt. 20 juli 1999")]
    [TestCase("Stb. …, …")]
    public void The_canonical_form_gives_no_finding(string text)
    {
        Assert.That(Of("CIT4004", text), Is.Empty);
    }

    [Test]
    public void A_missing_dot_and_comma_is_info_with_the_canonical_form_as_fix()
    {
        const string text = "Zie Stb 2011 35 en verder.";

        var diagnostic = Of("CIT4004", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "Stb 2011 35")));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'Stb. 2011, 35' in plaats van 'Stb 2011 35'"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(diagnostic.Span, "Stb. 2011, 35")));
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_info_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT4004", "Staatsblad 2011, 35", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Info));
    }

    [TestCase("Zie Stb 2011 35 en verder.", "Zie Stb. 2011, 35 en verder.")]
    [TestCase("(Staatsblad 2011, 35)", "(Stb. 2011, 35)")]
    [TestCase("(Stcrt. 20 juli 1999, 136)", "(Stcrt. 1999, 136)")]
    [TestCase("bekendgemaakt in Stcrt. 1998 nr. 46, hierna", "bekendgemaakt in Stcrt. 1998, 46, hierna")]
    [TestCase("7 december 2000, Pb EG 2000, C 364, zoals", "7 december 2000, PbEG 2000, C 364, zoals")]
    [TestCase("wet van 21 april 1993, Stb 484, is", "wet van 21 april 1993, Stb. 484, is")]
    public void The_fix_settles_and_leaves_the_rest_of_the_text(string text, string expected)
    {
        Assert.That(FixSettles("CIT4004", text), Is.EqualTo(expected));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT4004", "Staatsblad 2011, 35", English).Single().Message,
            Is.EqualTo("Write 'Stb. 2011, 35' instead of 'Staatsblad 2011, 35'"));
    }
}
