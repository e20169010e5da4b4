using Citaties.Model;
using Citaties.Rules;
using Citaties.Scanning;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.General;

[TestFixture]
public class UnparsableCitationRuleTests
{
    [TestCase("Zie Kamerstuk 28 638, nr. 178.")]
    [TestCase("Zie Kamerstuk 28 638 en de motie daarbij.")]
    [TestCase("In de kamerstukken van 2019 staat dat niet.")]
    [TestCase("De Handelingen II van vorig jaar zijn uitgebreid.")]
    [TestCase("Het aanhangsel bij de handelingen van 2019 is lang.")]
    [TestCase("Kamerstukken II 2019/20 en later.")]
    [TestCase("De Kamerstukken II 2019/20, die later verschenen.")]
    public void Complete_citations_and_running_text_give_no_finding(string text)
    {
        Assert.That(Findings(text, "CIT0001"), Is.Empty);
    }

    [Test]
    public void A_cut_off_kamerstuk_is_a_warning_naming_the_missing_number()
    {
        const string text = "Zie Kamerstuk 28 638 nr";

        var diagnostic = Single(text, "CIT0001");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(4, 19)));
            Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstuk 28 638 nr"));
            Assert.That(diagnostic.Message, Is.EqualTo("'Kamerstuk 28 638 nr' lijkt een verwijzing, maar is onvolledig: verwacht ondernummer"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void A_kamerstuk_with_nr_and_nothing_after_it_is_reported_up_to_the_label()
    {
        const string text = "Zie Kamerstukken II 2019/20, nr. En verder.";

        var diagnostic = Single(text, "CIT0001");

        Assert.That(Covered(text, diagnostic.Span), Is.EqualTo("Kamerstukken II 2019/20, nr."));
    }

    [Test]
    public void An_aanhangsel_with_nr_and_no_number_is_reported()
    {
        var diagnostic = Single("Zie Aanhangsel Handelingen II 2019/20, nr. voor het antwoord.", "CIT0001");

        Assert.That(diagnostic.Message, Does.EndWith("verwacht aanhangselnummer"));
    }

    [Test]
    public void A_grammar_stopping_after_a_number_is_running_text()
    {
        // "de Aanhangsel Handelingen II 2019/20 bevatten ..." names the whole series: a sentence may go on after a year.
        Assert.That(Findings("In de Aanhangsel Handelingen II 2019/20 staan de antwoorden.", "CIT0001"), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = Single("Handelingen II 2019/20, nr. x", "CIT0001", English());

        Assert.That(diagnostic.Message, Is.EqualTo("'Handelingen II 2019/20, nr.' looks like a citation but is incomplete: expected vergadernummer"));
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void It_is_a_warning_in_every_profile(LintProfile profile)
    {
        Assert.That(Single("Kamerstuk 28 638 nr", "CIT0001", In(profile)).Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void The_extractor_reports_near_misses_only_when_asked_and_finds_the_same_citations()
    {
        const string text = "Zie Kamerstuk 28 638, nr. 178 en Kamerstuk 34 193 nr. (zie hierna) en artikel 5 Sv.";

        var withMisses = CitationExtractor.Default.ExtractWithNearMisses(text);

        Assert.That(withMisses.Citations.Select(c => (c.Span, c.Text, c.Kind)), Is.EqualTo(CitationFinder.Extract(text).Select(c => (c.Span, c.Text, c.Kind))));
        var miss = withMisses.NearMisses.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Covered(text, miss.Span), Is.EqualTo("Kamerstuk 34 193 nr."));
            Assert.That(miss.Family, Is.EqualTo("kamerstuk"));
            Assert.That(miss.Expectations, Does.Contain("ondernummer"));
        });
    }

    [Test]
    public void A_window_cut_by_its_length_is_not_a_near_miss()
    {
        // The number stands beyond the 140 characters an Aanhangsel window holds: the grammar stops at the
        // window's end, which says nothing about the text.
        var text = "Aanhangsel Handelingen II 2019/20," + new string(' ', 120) + "nr. 5";

        Assert.That(CitationExtractor.Default.ExtractWithNearMisses(text).NearMisses, Is.Empty);
    }
}
