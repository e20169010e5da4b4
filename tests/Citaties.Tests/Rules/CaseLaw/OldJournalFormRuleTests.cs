using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class OldJournalFormRuleTests
{
    // Each as written in the rechtspraak corpus: the comma until 2006, the slash from 2007 on.
    [TestCase("HR 8 december 2006, NJ 2006, 659")]
    [TestCase("HR 6 oktober 1989, NJ 1990, 286")]
    [TestCase("NJ 2007/173")]
    [TestCase("AB 2016, 12")]
    public void The_form_of_the_volume_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3013", text), Is.Empty);
    }

    [Test]
    public void A_comma_in_a_volume_numbered_with_a_slash_is_a_warning_with_a_fix()
    {
        // The form of a blog post on citing the NJ: "HR 21 maart 2014, NJ 2015, 167".
        const string text = "Zie: HR 21 maart 2014, ECLI:NL:HR:2014:682, NJ 2015, 167.";

        var diagnostic = Of("CIT3013", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "NJ 2015, 167")));
            Assert.That(diagnostic.Message, Is.EqualTo("NJ 2015 is genummerd als NJ 2015/167; schrijf 'NJ 2015/167'"));
            Assert.That(FixSettles("CIT3013", text), Is.EqualTo("Zie: HR 21 maart 2014, ECLI:NL:HR:2014:682, NJ 2015/167."));
        });
    }

    [Test]
    public void A_report_standing_alone_and_without_the_space_is_fixed_too()
    {
        Assert.That(FixSettles("CIT3013", "(NJ 2017,13)"), Is.EqualTo("(NJ 2017/13)"));
    }

    [Test]
    public void Each_report_of_a_citation_is_judged()
    {
        const string text = "HR 8 juli 2016, ECLI:NL:HR:2016:1456, NJ 2017, 13, BNB 2016, 201";

        Assert.That(Of("CIT3013", text).Select(d => d.Span), Is.EqualTo(new[] { SpanOf(text, "NJ 2017, 13"), SpanOf(text, "BNB 2016, 201") }));
    }
}
