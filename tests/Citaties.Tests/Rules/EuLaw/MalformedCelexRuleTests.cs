using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules.EuLaw;

[TestFixture]
public class MalformedCelexRuleTests
{
    private static Diagnostic[] Findings(string text, LintOptions? options = null) =>
        CitationLinter.Lint(text, options).Diagnostics.Where(d => d.Id == "CIT5003").ToArray();

    [TestCase("CELEX 32022R2065")]
    [TestCase("CELEX: 32016R0679")]
    [TestCase("CELEX 62014CJ0362")]
    [TestCase("CELEX 02016R0679-20160504")]
    [TestCase("CELEX 32000L0031")]
    [TestCase("CELEX 32000R0031")]
    [TestCase("Verordening (EU) 2022/2065 (CELEX 32022R2065)")]
    [TestCase("Richtlijn 2000/31/EG (CELEX 32000L0031)")]
    [TestCase("Besluit 2005/12/EGKS (CELEX 32005S0012)")]
    public void A_valid_number_gives_no_finding(string text)
    {
        Assert.That(Findings(text), Is.Empty);
    }

    [Test]
    public void A_directive_number_for_a_regulation_is_an_error_at_the_number([Values] LintProfile profile)
    {
        var text = "Verordening (EU) 2022/2065 (CELEX 32022L2065)";

        var diagnostic = Findings(text, new LintOptions { Profile = profile }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(28, 16)));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "'CELEX 32022L2065' is geen geldig CELEX-nummer: het CELEX-nummer zegt richtlijn (L) past niet bij 'Verordening (EU) 2022/2065'; schrijf 32022R2065"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void From_2015_the_catalog_tells_the_act_type_without_the_act_in_the_text()
    {
        var diagnostic = Findings("Zie CELEX 32022L2065.").Single();

        Assert.That(diagnostic.Message, Is.EqualTo(
            "'CELEX 32022L2065' is geen geldig CELEX-nummer: het CELEX-nummer zegt richtlijn (L), maar 2022/2065 is volgens de catalogus Verordening (EU) 2022/2065, CELEX 32022R2065"));
    }

    [Test]
    public void Before_2015_a_number_was_used_by_a_directive_and_a_regulation_so_only_the_nearby_act_decides()
    {
        Assert.That(Findings("CELEX 32000R0031"), Is.Empty);
        Assert.That(Findings("Richtlijn 2000/31/EG (CELEX 32000R0031)"), Has.Length.EqualTo(1));
    }

    [Test]
    public void An_act_with_another_number_nearby_proves_nothing()
    {
        Assert.That(Findings("Verordening (EG) nr. 593/2008 (CELEX 32000R0031)"), Is.Empty);
    }

    [TestCase("CELEX 3202R2065", "het jaar '202' heeft 3 cijfers in plaats van 4")]
    [TestCase("CELEX 62014ZZ0362", "de documentsoort 'ZZ' bestaat niet in sector 6")]
    [TestCase("CELEX 32022RLX2065", "de documentsoort 'RLX' heeft meer dan twee letters")]
    [TestCase("CELEX 32022R65", "het documentnummer '65' heeft 2 cijfers; vul aan tot 4 (0065)")]
    [TestCase("CELEX 32999R0001", "het jaar 2999 ligt in de toekomst")]
    public void Names_the_defect(string text, string reason)
    {
        Assert.That(Findings(text).Single().Message, Is.EqualTo($"'{text}' is geen geldig CELEX-nummer: {reason}"));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var options = new LintOptions { Culture = CultureInfo.GetCultureInfo("en-GB") };

        Assert.That(Findings("Regulation (EU) 2022/2065 (CELEX 32022L2065)", options).Single().Message, Is.EqualTo(
            "'CELEX 32022L2065' is not a valid CELEX number: the CELEX number says directive (L) does not fit 'Regulation (EU) 2022/2065'; write 32022R2065"));
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT5003"] = RuleSeverity.None } };

        Assert.That(Findings("CELEX 32022L2065", options), Is.Empty);
    }
}
