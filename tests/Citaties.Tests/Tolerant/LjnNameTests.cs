using Citaties.Kinds;
using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// LJNs under every name people use, and with a space inside the number: each is the same record as
/// <c>LJN AB1234</c>, and a CIT6004 finding with that form as fix. <c>Vervolg op LJN: BO 2145.</c> is from the corpus
/// (rechtspraak/ECLI_NL_RBARN_2011_BP6916); the corpus has none of the other names, so those are the examples.
/// </summary>
[TestFixture]
public class LjnNameTests
{
    private static IEnumerable<TestCaseData> Variants()
    {
        yield return new TestCaseData("HR 12 april 2013, LJ-nummer BZ1234, NJ 2013/1.", "LJ-nummer BZ1234");
        yield return new TestCaseData("HR 12 april 2013, LJ-nr BZ1234.", "LJ-nr BZ1234");
        yield return new TestCaseData("HR 12 april 2013 (lj nr. BZ1234)", "lj nr. BZ1234");
        yield return new TestCaseData("HR 12 april 2013, ELRO BZ1234.", "ELRO BZ1234");
        yield return new TestCaseData("HR 12 april 2013, ELRO-nummer: BZ1234.", "ELRO-nummer: BZ1234");
        yield return new TestCaseData("HR 12 april 2013, ELRO nummer BZ1234.", "ELRO nummer BZ1234");
        yield return new TestCaseData("HR 12 april 2013, LJN-nr. BZ1234.", "LJN-nr. BZ1234");
        yield return new TestCaseData("HR 12 april 2013, LJN BZ 1234.", "LJN BZ 1234");
        yield return new TestCaseData("HR 12 april 2013, ljn: bz1234.", "ljn: bz1234");
    }

    [TestCaseSource(nameof(Variants))]
    public void Every_name_is_read_as_the_same_ljn(string text, string written)
    {
        var ljn = CitationFinder.Extract(text).OfType<LjnCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(ljn.Text, Is.EqualTo(written));
            Assert.That(ljn.Value, Is.EqualTo("BZ1234"));
            Assert.That(ljn.Canonical, Is.EqualTo("LJN BZ1234"));
        });
    }

    [TestCaseSource(nameof(Variants))]
    public void Every_other_name_is_an_info_finding_with_the_usual_form_as_fix(string text, string written)
    {
        var diagnostic = Of(RuleIds.LjnForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, written)));
            Assert.That(diagnostic.Message, Is.EqualTo($"'{written}' is een LJN; schrijf 'LJN BZ1234'"));
            Assert.That(FixSettles(RuleIds.LjnForm, text), Is.EqualTo(text.Replace(written, "LJN BZ1234")));
        });
    }

    [Test]
    public void The_space_inside_the_number_in_a_real_decision_is_read_and_reported()
    {
        const string text = "Vervolg op LJN: BO 2145.";

        var ljn = CitationFinder.Extract(text).OfType<LjnCitation>().Single();
        var diagnostic = Of(RuleIds.LjnForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(ljn.Value, Is.EqualTo("BO2145"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, "LJN: BO 2145"), "LJN BO2145")));
        });
    }

    [TestCase("HR 9 juli 2004, LJN: AO7817, NJ 2005, 270.")]
    [TestCase("LJN BA1234, NJ 2008, 1")]
    [TestCase("nr. 09/05115, LJN:\nBN3537).")]
    public void The_usual_forms_give_no_finding(string text)
    {
        Assert.That(Of(RuleIds.LjnForm, text), Is.Empty);
    }

    [TestCase("de LJ is hier geen label BZ1234")]
    [TestCase("het ELRO-systeem BZ1234")]
    [TestCase("Elrond BZ1234")]
    [TestCase("lj-nummer volgt")]
    public void Lookalikes_are_no_ljn(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<LjnCitation>(), Is.Empty);
    }

    [TestCase("LJ-nummer BZ1234", 3, true)]
    [TestCase("lj nr. BZ1234", 3, true)]
    [TestCase("ELRO BZ1234", 4, true)]
    [TestCase("LJ-boek", 3, false)]
    [TestCase("Elrond", 4, false)]
    public void The_cheap_check_keeps_the_new_names_and_drops_lookalikes(string text, int anchorLength, bool expected)
    {
        Assert.That(LjnFamily.Instance.IsPlausible(text.AsSpan(), 0, anchorLength), Is.EqualTo(expected));
    }
}
