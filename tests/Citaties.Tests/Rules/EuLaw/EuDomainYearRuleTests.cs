using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules.EuLaw;

[TestFixture]
public class EuDomainYearRuleTests
{
    private static Diagnostic[] Findings(string text, LintOptions? options = null) =>
        CitationLinter.Lint(text, options).Diagnostics.Where(d => d.Id == "CIT5002").ToArray();

    [TestCase("Verordening (EU) 2022/2065")]
    [TestCase("Richtlijn 92/43/EEG")]
    [TestCase("Verordening (EG) nr. 1286/2009")]
    [TestCase("Verordening (EU) nr. 1286/2009")]
    [TestCase("Richtlijn 93/13/EEG")]
    [TestCase("Kaderbesluit 2002/584/JBZ")]
    [TestCase("Verordening (Euratom) 2016/52")]
    [TestCase("Besluit (GBVB) 2015/4")]
    [TestCase("Directive 2000/31/EC")]
    public void A_domain_of_its_time_gives_no_finding(string act)
    {
        Assert.That(Findings(act), Is.Empty);
    }

    [Test]
    public void EU_before_Lisbon_is_a_warning_at_the_act([Values] LintProfile profile)
    {
        var diagnostic = Findings("Zie Verordening (EU) nr. 593/2008.", new LintOptions { Profile = profile }).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(4, 29)));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "Domein 'EU' past niet bij het jaar 2008: EU is pas sinds 1 december 2009 (Verdrag van Lissabon) het domein; daarvoor EG"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase("Verordening (EG) 2022/2065", "Domein 'EG' past niet bij het jaar 2022: sinds 1 december 2009 (Verdrag van Lissabon) is het domein EU")]
    [TestCase("Richtlijn 2000/31/EEG", "Domein 'EEG' past niet bij het jaar 2000: sinds 1 november 1993 (Verdrag van Maastricht) is het domein EG")]
    [TestCase("Richtlijn 85/374/EG", "Domein 'EG' past niet bij het jaar 1985: EG is pas sinds 1 november 1993 (Verdrag van Maastricht) het domein; daarvoor EEG")]
    [TestCase("Besluit 2005/12/EGKS", "Domein 'EGKS' past niet bij het jaar 2005: het EGKS-Verdrag is op 23 juli 2002 verlopen")]
    [TestCase("Kaderbesluit 2012/1/JBZ", "Domein 'JBZ' past niet bij het jaar 2012: JBZ bestond alleen van november 1993 tot december 2009")]
    [TestCase("Besluit 1990/7/GBVB", "Domein 'GBVB' past niet bij het jaar 1990: GBVB bestaat pas sinds 1 november 1993")]
    public void Names_the_domain_the_year_and_why(string act, string message)
    {
        Assert.That(Findings(act).Single().Message, Is.EqualTo(message));
    }

    [Test]
    public void Each_part_of_a_double_domain_is_checked()
    {
        Assert.That(Findings("Verordening (EU, Euratom) nr. 966/2008").Single().Message, Does.StartWith("Domein 'EU' past niet bij het jaar 2008"));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var options = new LintOptions { Culture = CultureInfo.GetCultureInfo("en-GB") };

        Assert.That(Findings("Regulation (EC) 2022/2065", options).Single().Message, Is.EqualTo(
            "Domain 'EG' does not fit the year 2022: from 1 December 2009 (Treaty of Lisbon) the domain is EU"));
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT5002"] = RuleSeverity.None } };

        Assert.That(Findings("Verordening (EG) 2022/2065", options), Is.Empty);
    }
}
