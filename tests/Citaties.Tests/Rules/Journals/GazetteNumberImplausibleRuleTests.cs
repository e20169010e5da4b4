using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.Journals;

[TestFixture]
public class GazetteNumberImplausibleRuleTests
{
    [TestCase("Stb. 2023, 660")]
    [TestCase("Stb. 2023, 1000")]
    [TestCase("Stcrt. 2024, 5678")]
    [TestCase("Stcrt. 2015, 150.000")]
    [TestCase("Stcrt. 1999, 136")]
    [TestCase("Trb. 2008, 175")]
    [TestCase("Gmb. 2025, 567815")]
    [TestCase("PbEU 2022, L 2770")]
    public void A_number_within_the_journals_range_gives_no_finding(string text)
    {
        Assert.That(Of("CIT4003", text), Is.Empty);
    }

    [Test]
    public void A_staatsblad_number_above_1000_is_a_warning()
    {
        const string text = "(Stb. 2023, 1500)";

        var diagnostic = Of("CIT4003", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "Stb. 2023, 1500")));
            Assert.That(diagnostic.Message, Is.EqualTo("Nummer 1500 is onwaarschijnlijk hoog voor Stb. 2023 (meestal hoogstens 660)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT4003", "Trb. 2008, 500", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_electronic_staatscourant_has_a_higher_limit()
    {
        Assert.That(
            Of("CIT4003", "Stcrt. 2015, 200.000").Single().Message,
            Is.EqualTo("Nummer 200000 is onwaarschijnlijk hoog voor Stcrt. 2015 (meestal hoogstens 70.000)"));
    }

    [Test]
    public void The_staatscourant_before_2009_was_numbered_by_issue()
    {
        Assert.That(
            Of("CIT4003", "Stcrt. 1999, 5678").Single().Message,
            Is.EqualTo("Nummer 5678 is onwaarschijnlijk hoog voor Stcrt. 1999 (meestal hoogstens 260)"));
    }

    [Test]
    public void A_number_too_long_for_an_integer_is_implausible_without_overflow()
    {
        Assert.That(Of("CIT4003", "Stb. 2023, 123456789012"), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT4003", "Stcrt. 2015, 200.000", English).Single().Message,
            Is.EqualTo("Number 200000 is implausibly high for Stcrt. 2015 (usually at most 70,000)"));
    }
}
