using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleTestKit;

namespace Citaties.Tests.Rules.General;

[TestFixture]
public class NotOneCitationRuleTests
{
    [TestCase("art. 7:658 BW")]
    [TestCase("  Kamerstukken II 2019/20, 35 300, nr. 3.  ")]
    [TestCase("ECLI:NL:HR:2016:162")]
    public void One_citation_gives_no_finding(string value)
    {
        Assert.That(Ids(CitationLinter.LintCitation(value, In(LintProfile.Toelichting))), Does.Not.Contain("CIT0002"));
    }

    [Test]
    public void Text_after_the_citation_is_an_error_from_where_the_parser_stopped()
    {
        const string value = "art. 7:658 BW en verder";

        var diagnostic = CitationLinter.LintCitation(value).Diagnostics.Single(d => d.Id == "CIT0002");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(Covered(value, diagnostic.Span), Is.EqualTo("en verder"));
            Assert.That(diagnostic.Message, Is.EqualTo("Hier hoort precies één verwijzing: 'en verder' staat achter de verwijzing"));
        });
    }

    [Test]
    public void A_citation_cut_short_is_marked_whole_and_says_what_was_expected()
    {
        const string value = "Kamerstuk 34193, nr.";

        var diagnostic = CitationLinter.LintCitation(value, English()).Diagnostics.Single(d => d.Id == "CIT0002");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(0, value.Length)));
            Assert.That(diagnostic.Message, Does.StartWith("Exactly one citation is expected here: expected "));
            Assert.That(diagnostic.Message, Does.EndWith(" after 'Kamerstuk 34193, nr.'"));
        });
    }

    [TestCase("de werkgever")]
    [TestCase("")]
    [TestCase("   ")]
    public void Text_without_a_citation_is_an_error(string value)
    {
        Assert.That(Ids(CitationLinter.LintCitation(value)), Does.Contain("CIT0002"));
    }

    [Test]
    public void An_ordinary_first_word_is_not_a_citation_whatever_letter_the_grammar_hoped_for()
    {
        const string value = "Het beleidsbesluit telt niet";

        var diagnostic = CitationLinter.LintCitation(value).Diagnostics.Single(d => d.Id == "CIT0002");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(0, value.Length)));
            Assert.That(diagnostic.Message, Is.EqualTo("Hier hoort precies één verwijzing: 'Het beleidsbesluit telt niet' is geen verwijzing"));
        });
    }

    [Test]
    public void An_empty_value_says_so()
    {
        Assert.That(CitationLinter.LintCitation("  ", English()).Diagnostics.Single().Message, Is.EqualTo("Exactly one citation is expected here: the value is empty"));
    }

    [Test]
    public void A_citation_that_is_one_still_gets_the_findings_of_the_other_rules()
    {
        var ids = Ids(CitationLinter.LintCitation("artikel 6, lid 4, van de Algemene wet bestuursrecht", In(LintProfile.Toelichting)));

        Assert.That(ids, Does.Contain("CIT2003").And.Not.Contain("CIT0002"));
    }

    [Test]
    public void A_cut_off_citation_is_reported_once_not_also_as_a_near_miss()
    {
        Assert.That(Ids(CitationLinter.LintCitation("Kamerstuk 34193, nr.")), Does.Contain("CIT0002").And.Not.Contain("CIT0001"));
    }

    [Test]
    public void Running_text_is_never_checked_by_it()
    {
        Assert.That(Findings("de werkgever en art. 7:658 BW en verder", "CIT0002"), Is.Empty);
    }

    private static string[] Ids(LintResult result) => result.Diagnostics.Select(d => d.Id).ToArray();
}
