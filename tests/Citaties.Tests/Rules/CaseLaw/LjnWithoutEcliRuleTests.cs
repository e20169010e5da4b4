using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class LjnWithoutEcliRuleTests
{
    [TestCase("HR 22 april 2005, ECLI:NL:HR:2005:AO9006 (LJN AO9006).")]
    [TestCase("HR 22 april 2005, LJN AO9006, ECLI:NL:HR:2005:AO9006.")]
    [TestCase("HR 1 april 2011, ECLI:NL:HR:2011:LJN:BQ8092.")]
    public void An_ljn_beside_the_ecli_of_the_same_decision_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3006", text), Is.Empty);
    }

    [Test]
    public void An_ljn_alone_is_info_at_the_ljn()
    {
        const string text = "Zie HR 9 juli 2004, LJN: AO7817, NJ 2005, 270.";

        var diagnostic = Of("CIT3006", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "LJN: AO7817")));
            Assert.That(diagnostic.Message, Is.EqualTo("Vermeld de ECLI bij LJN AO7817"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void Is_info_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3006", "LJN AO7817", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Info));
    }

    [Test]
    public void An_ecli_of_another_decision_next_to_it_does_not_count()
    {
        Assert.That(Of("CIT3006", "LJN AO7817, ECLI:NL:HR:2005:AO9006"), Has.Count.EqualTo(1));
    }

    [Test]
    public void An_ecli_of_the_same_decision_far_away_does_not_count()
    {
        var text = "LJN AO9006. " + new string('x', 60) + " ECLI:NL:HR:2005:AO9006";

        Assert.That(Of("CIT3006", text), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Of("CIT3006", "LJN AO7817", English).Single().Message, Is.EqualTo("Give the ECLI with LJN AO7817"));
    }
}
