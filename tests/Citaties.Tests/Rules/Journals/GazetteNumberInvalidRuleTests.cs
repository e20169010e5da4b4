using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.Journals;

[TestFixture]
public class GazetteNumberInvalidRuleTests
{
    [TestCase("Stb. 2023, 123")]
    [TestCase("Trb. 1998, 120k")]
    [TestCase("Stcrt. 2015, 10.247")]
    [TestCase("Stb. …, …")]
    public void A_whole_number_from_1_gives_no_finding(string text)
    {
        Assert.That(Of("CIT4002", text), Is.Empty);
    }

    [Test]
    public void Number_zero_is_an_error()
    {
        const string text = "Zie Stb. 2023, 0.";

        var diagnostic = Of("CIT4002", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "Stb. 2023, 0")));
            Assert.That(diagnostic.Message, Is.EqualTo("'0' is geen geldig nummer in Stb."));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT4002", "Stb. 2023, 000", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void A_letter_outside_the_tractatenblad_is_an_error()
    {
        Assert.That(Of("CIT4002", "Stcrt. 2020, 12a").Single().Message, Is.EqualTo("'12a' is geen geldig nummer in Stcrt."));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Of("CIT4002", "Stb. 2023, 0", English).Single().Message, Is.EqualTo("'0' is not a valid number in Stb."));
    }
}
