using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class LjnOrdinalAfter2013RuleTests
{
    [TestCase("ECLI:NL:HR:2005:AR5213")]
    [TestCase("ECLI:NL:GHAMS:2013:BY8717")]
    [TestCase("ECLI:NL:HR:2020:1234")]
    [TestCase("ECLI:EU:C:2020:AB1234")]
    public void An_ljn_up_to_2013_or_a_numeric_ordinal_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3005", text), Is.Empty);
    }

    [Test]
    public void An_ljn_ordinal_after_2013_is_a_warning()
    {
        const string text = "HR 3 maart 2020, ECLI:NL:HR:2020:AB1234.";

        var diagnostic = Of("CIT3005", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:HR:2020:AB1234")));
            Assert.That(diagnostic.Message, Is.EqualTo("Volgnummer 'AB1234' heeft de vorm van een LJN, maar LJN's werden na 2013 niet meer toegekend"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3005", "ECLI:NL:HR:2014:AB1234", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT3005", "ECLI:NL:HR:2020:AB1234", English).Single().Message,
            Is.EqualTo("Ordinal 'AB1234' has the form of an LJN, but LJNs were not issued after 2013"));
    }
}
