using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Rules.CaseLaw;

[TestFixture]
public class MalformedEcliRuleTests
{
    [TestCase("Zie ECLI:NL:HR:2016:162.")]
    [TestCase("ECLI:EU:C:2005:446")]
    [TestCase("ECLI:CE:ECHR:2016:0913JUD005054108")]
    [TestCase("ECLI:BE:CASS:1999:ARR.19990427.9")]
    public void A_well_formed_ecli_gives_no_finding(string text)
    {
        Assert.That(Of("CIT3001", text), Is.Empty);
    }

    [Test]
    public void A_missing_country_is_an_error_with_the_repaired_value_as_fix()
    {
        const string text = "Zie ECLI:HR:2016:113 en verder.";

        var diagnostic = Of("CIT3001", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "ECLI:HR:2016:113")));
            Assert.That(diagnostic.Message, Is.EqualTo("'ECLI:HR:2016:113' is geen geldige ECLI: de landcode ontbreekt; schrijf 'ECLI:NL:HR:2016:113'"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(diagnostic.Span, "ECLI:NL:HR:2016:113")));
        });
    }

    [TestCase(LintProfile.Regeling)]
    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void Is_an_error_in_every_profile(LintProfile profile)
    {
        Assert.That(Of("CIT3001", "ECLI:HR:2016:113", In(profile)).Single().Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void The_fix_settles_and_leaves_the_rest_of_the_text()
    {
        var fixedText = FixSettles("CIT3001", "Zie ECLI:HR:2016:113 en verder.");

        Assert.That(fixedText, Is.EqualTo("Zie ECLI:NL:HR:2016:113 en verder."));
    }

    [Test]
    public void Names_every_defect_of_a_combined_misspelling()
    {
        var diagnostic = Of("CIT3001", "ELCI:NL:HR;2014:1528").Single();

        Assert.That(diagnostic.Message, Is.EqualTo(
            "'ELCI:NL:HR;2014:1528' is geen geldige ECLI: het voorvoegsel is verkeerd gespeld; een scheidingsteken is geen enkele dubbele punt; schrijf 'ECLI:NL:HR:2014:1528'"));
        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("ECLI:NL:HR:2014:1528"));
    }

    [Test]
    public void An_ljn_label_inside_is_repaired()
    {
        var fixedText = FixSettles("CIT3001", "HR 1 april 2011, ECLI:NL:HR:2011:LJN:BQ8092, r.o. 3.");

        Assert.That(fixedText, Is.EqualTo("HR 1 april 2011, ECLI:NL:HR:2011:BQ8092, r.o. 3."));
    }

    [Test]
    public void A_missing_court_cannot_be_repaired()
    {
        var diagnostic = Of("CIT3001", "ECLI:NL:2017:309").Single();

        Assert.That(diagnostic.Message, Is.EqualTo("'ECLI:NL:2017:309' is geen geldige ECLI: de instantiecode ontbreekt"));
        Assert.That(diagnostic.Fix, Is.Null);
    }

    [Test]
    public void A_leading_zero_alone_is_left_to_CIT3004()
    {
        Assert.That(Of("CIT3001", "ECLI:NL:HR:2020:01234"), Is.Empty);
    }

    [Test]
    public void The_cjeu_form_without_prefix_is_info_with_the_prefix_as_fix()
    {
        const string text = "HvJ 22 oktober 2015 (EU:C:2015:719).";

        var diagnostic = Of("CIT3001", text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Span, Is.EqualTo(SpanOf(text, "EU:C:2015:719")));
            Assert.That(diagnostic.Message, Is.EqualTo("'EU:C:2015:719' is geen geldige ECLI: het voorvoegsel 'ECLI:' ontbreekt; schrijf 'ECLI:EU:C:2015:719'"));
        });
        Assert.That(FixSettles("CIT3001", text), Is.EqualTo("HvJ 22 oktober 2015 (ECLI:EU:C:2015:719)."));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = Of("CIT3001", "ECLI:HR:2016:113", English).Single();

        Assert.That(diagnostic.Message, Is.EqualTo("'ECLI:HR:2016:113' is not a valid ECLI: the country code is missing; write 'ECLI:NL:HR:2016:113'"));
    }
}
