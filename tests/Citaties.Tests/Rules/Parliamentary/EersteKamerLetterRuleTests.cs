using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.Parliamentary;

[TestFixture]
public class EersteKamerLetterRuleTests
{
    [TestCase("Kamerstukken I 2008/09, 31 700 VI, D, p. 4")]
    [TestCase("Kamerstukken I 1995/96, 23 700, nr. 188b, p. 3")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3")]
    public void Letters_without_nr_and_numbers_in_either_chamber_give_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT1007"), Is.Empty);
    }

    [Test]
    public void Nr_before_a_letter_is_a_warning_with_the_label_dropped()
    {
        const string text = "Zie Kamerstukken I 2019/20, 35 300, nr. AB.";

        var diagnostic = Single(text, "CIT1007");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstukken I 2019/20, 35 300, nr. AB"));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf een letter van de Eerste Kamer zonder 'nr.': 'AB' in plaats van 'nr. AB'"));
            Assert.That(Covered(text, diagnostic.Fix!.Span), Is.EqualTo("nr. AB"));
        });
        AssertFix(text, "CIT1007", "Zie Kamerstukken I 2019/20, 35 300, AB.");
    }

    [Test]
    public void A_letter_with_chamber_II_is_fixed_to_chamber_I()
    {
        const string text = "Kamerstukken II 2021/22, 35 925, E";

        Assert.That(Single(text, "CIT1007").Message, Is.EqualTo("Letter 'E' is een stuk van de Eerste Kamer, maar de Kamer is II; schrijf Kamerstukken I"));
        AssertFix(text, "CIT1007", "Kamerstukken I 2021/22, 35 925, E");
    }

    [Test]
    public void Both_faults_in_one_citation_are_both_fixed()
    {
        const string text = "Kamerstukken II 2021/22, 35 925, nr. E";

        Assert.That(Findings(text, "CIT1007"), Has.Count.EqualTo(2));
        AssertFix(text, "CIT1007", "Kamerstukken I 2021/22, 35 925, E");
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Kamerstuk)]
    public void It_is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Single("Kamerstukken I 2019/20, 35 300, nr. AB", "CIT1007", In(profile)).Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        Assert.That(Single("Kamerstukken I 2019/20, 35 300, nr. AB", "CIT1007", English()).Message,
            Is.EqualTo("Write an Eerste Kamer letter without 'nr.': 'AB' instead of 'nr. AB'"));
    }
}
