using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules.Identifiers;

[TestFixture]
public class MalformedJciRuleTests
{
    [TestCase("jci1.3:c:BWBR0001903&artikel=125p")]
    [TestCase("jci1.3:c:BWBR0005537&hoofdstuk=1&titeldeel=1.1&artikel=1:3&lid=3&z=2017-03-01&g=2017-03-01")]
    [TestCase("jci1.3:c:BWBR0005289&boek=6&titeldeel=3&afdeling=1&artikel=162")]
    [TestCase("jci1.3:c:BWBR0001830&hoofdstuk=1&artikel=1&o=b&o=1°&z=2003-02-03&g=2003-02-02")]
    [TestCase("1.0:v:BWBR0005537&artikel=4%3A81")]
    [TestCase("jci1.3:c:BWBR0002221&hoofdstuk=II&artikel=6")]
    [TestCase("jci1.3:c:BWBR0005416&titeldeel=II&hoofdstuk=3&artikel=10")]
    public void A_well_formed_reference_gives_no_finding(string reference)
    {
        Assert.That(CitationLinter.Lint("Zie " + reference + " hier.").Diagnostics, Is.Empty);
    }

    [Test]
    public void A_wrong_type_is_an_error_at_the_reference([Values] LintProfile profile)
    {
        var diagnostic = CitationLinter.Lint("Zie jci1.3:x:BWBR0001903&artikel=1 hier.", new LintOptions { Profile = profile }).Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT6002"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(4, 30)));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "'jci1.3:x:BWBR0001903&artikel=1' is geen geldige Juriconnect-verwijzing: het type 'x' bestaat niet; schrijf c (één versie) of v (een periode)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var options = new LintOptions { Culture = CultureInfo.GetCultureInfo("en-GB") };

        var diagnostic = CitationLinter.Lint("jci1.3:c:BWBR0001903&artikel=1&g=2017-3-1", options).Diagnostics.Single();

        Assert.That(diagnostic.Message, Is.EqualTo(
            "'jci1.3:c:BWBR0001903&artikel=1&g=2017-3-1' is not a valid Juriconnect reference: the date g=2017-3-1 is not an existing date written YYYY-MM-DD"));
    }

    [TestCase("jci1.3:c:BWBR001903&artikel=1", "het BWB-id 'BWBR001903' heeft geen 7 cijfers")]
    [TestCase("jci1.3:c:BWBR0001903&artikelen=1", "de sleutel 'artikelen' bestaat niet in Juriconnect")]
    [TestCase("jci1.3:c:BWBR0001903&artikel=1&g=01-03-2017", "de datum g=01-03-2017 is geen bestaande datum in de vorm JJJJ-MM-DD")]
    [TestCase("jci1.3:v:BWBR0001903&s=2017-02-30", "de datum s=2017-02-30 is geen bestaande datum in de vorm JJJJ-MM-DD")]
    [TestCase("1.0:v:BWBR0002170&bijlage=", "de sleutel 'bijlage' heeft geen waarde")]
    public void Names_the_defect(string reference, string reason)
    {
        var diagnostic = CitationLinter.Lint(reference).Diagnostics.Single(d => d.Id == "CIT6002");

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo($"'{reference}' is geen geldige Juriconnect-verwijzing: {reason}"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
        });
    }

    [Test]
    public void Keys_out_of_order_are_a_warning_under_the_same_id()
    {
        var diagnostic = CitationLinter.Lint("jci1.3:c:BWBR0005289&artikel=162&boek=6").Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT6002"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Message, Does.EndWith(
                "'boek' staat na 'artikel', maar is een hoger niveau; zet de plaatsaanduidingen van groot naar klein (boek, titeldeel, hoofdstuk, afdeling, paragraaf, artikel, lid)"));
        });
    }

    [Test]
    public void Keys_out_of_order_beside_an_error_keep_the_error()
    {
        var diagnostic = CitationLinter.Lint("jci1.3:x:BWBR0005289&lid=2&artikel=162").Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Message, Does.Contain("het type 'x'").And.Contain("'artikel' staat na 'lid'"));
        });
    }

    [Test]
    public void A_configured_severity_wins_over_the_warning_for_order()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT6002"] = RuleSeverity.Error } };

        var diagnostic = CitationLinter.Lint("jci1.3:c:BWBR0005289&artikel=162&boek=6", options).Diagnostics.Single();

        Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT6002"] = RuleSeverity.None } };

        Assert.That(CitationLinter.Lint("jci1.3:x:BWBR0001903&artikel=1", options).Diagnostics, Is.Empty);
    }
}
