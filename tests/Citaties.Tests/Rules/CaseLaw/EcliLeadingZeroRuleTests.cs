using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class EcliLeadingZeroRuleTests
{
    [TestCase("ECLI:NL:HR:2020:1234")]
    [TestCase("ECLI:NL:HR:2005:AR5213")]
    [TestCase("ECLI:CE:ECHR:2016:0913JUD005054108")]
    public void An_ordinal_without_leading_zero_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3004", text), Is.Empty);
    }

    [Test]
    public void A_leading_zero_is_an_error_with_the_zeros_dropped_as_fix()
    {
        const string text = "Zie ECLI:NL:HR:2020:01234 voor de maatstaf.";

        var diagnostic = Of("CIT3004", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:NL:HR:2020:01234")));
            Assert.That(diagnostic.Message, Is.EqualTo("Het volgnummer '01234' heeft een voorloopnul; schrijf '1234'"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("ECLI:NL:HR:2020:1234"));
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3004", "ECLI:NL:HR:2020:01234", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void The_fix_settles_and_leaves_the_rest_of_the_text()
    {
        Assert.That(FixSettles("CIT3004", "Zie ECLI:NL:HR:2020:001234, r.o. 3."), Is.EqualTo("Zie ECLI:NL:HR:2020:1234, r.o. 3."));
    }

    [Test]
    public void No_fix_when_another_defect_cannot_be_repaired()
    {
        var diagnostic = Of("CIT3004", "ECLI:NL:2017:0309").Single();

        Assert.That(diagnostic.Fix, Is.Null);
        Assert.That(Of("CIT3001", "ECLI:NL:2017:0309"), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(
            Of("CIT3004", "ECLI:NL:HR:2020:01234", English).Single().Message,
            Is.EqualTo("The ordinal '01234' has a leading zero; write '1234'"));
    }
}
