using System.Globalization;
using Citaties.Rules;

namespace Citaties.Tests.Rules.Identifiers;

[TestFixture]
public class MalformedBwbIdRuleTests
{
    [Test]
    public void A_well_formed_id_gives_no_finding()
    {
        Assert.That(CitationLinter.Lint("Zie BWBR0001903.").Diagnostics, Is.Empty);
    }

    [Test]
    public void Six_digits_is_an_error_at_the_id()
    {
        var diagnostics = CitationLinter.Lint("Zie BWBR001903.").Diagnostics;

        Assert.That(diagnostics, Has.Count.EqualTo(1));
        var diagnostic = diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT6001"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new Citaties.Model.TextSpan(4, 10)));
            Assert.That(diagnostic.Message, Is.EqualTo("'BWBR001903' is geen geldig BWB-id: het heeft 6 cijfers in plaats van 7"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var options = new LintOptions { Culture = CultureInfo.GetCultureInfo("en-GB") };

        var diagnostic = CitationLinter.Lint("BWBR001903", options).Diagnostics.Single();

        Assert.That(diagnostic.Message, Is.EqualTo("'BWBR001903' is not a valid BWB id: it has 6 digits instead of 7"));
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT6001"] = RuleSeverity.None } };

        Assert.That(CitationLinter.Lint("BWBR001903", options).Diagnostics, Is.Empty);
    }
}
