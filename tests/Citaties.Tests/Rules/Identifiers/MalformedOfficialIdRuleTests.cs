using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules.Identifiers;

[TestFixture]
public class MalformedOfficialIdRuleTests
{
    private static readonly LintOptions English = new() { Culture = CultureInfo.GetCultureInfo("en-GB") };

    [TestCase("kst-28638-178")]
    [TestCase("kst-35300-VI-5")]
    [TestCase("kst-19941995-00000-215a")]
    [TestCase("ah-tk-20192020-3645")]
    [TestCase("h-tk-20192020-46-12")]
    [TestCase("h-tk-19961997-1042-1043")]
    [TestCase("stb-2023-123")]
    [TestCase("kv-tk-2010Z06025")]
    [TestCase("blg-1093410")]
    public void A_well_formed_id_gives_no_finding(string id)
    {
        foreach (var profile in Enum.GetValues<LintProfile>())
        {
            Assert.That(CitationLinter.Lint("Zie " + id + ".", new LintOptions { Profile = profile }).Diagnostics.Where(d => d.Id == "CIT6003"), Is.Empty);
        }
    }

    [Test]
    public void A_seven_digit_vergaderjaar_is_an_error_at_the_id([Values] LintProfile profile)
    {
        var diagnostic = CitationLinter.Lint("Zie ah-tk-2019202-3645.", new LintOptions { Profile = profile }).Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("CIT6003"));
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(4, 18)));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "'ah-tk-2019202-3645' is geen geldig id van officielebekendmakingen.nl: het vergaderjaar '2019202' heeft 7 tekens in plaats van 8 cijfers (twee opeenvolgende jaren, zoals 20192020)"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("h-tk-20192021-46-12", English).Diagnostics.Single();

        Assert.That(diagnostic.Message, Is.EqualTo(
            "'h-tk-20192021-46-12' is not a valid officielebekendmakingen.nl id: the parliamentary year '20192021' is not two consecutive years"));
    }

    [TestCase("kst-19941996-00000-215", "het vergaderjaar '19941996' bestaat niet uit twee opeenvolgende jaren")]
    [TestCase("kst-2863800-178", "het dossiernummer '2863800' is geen getal van hoogstens 6 cijfers")]
    [TestCase("kst-28638-17x8", "het stuknummer '17x8' is geen getal met hoogstens drie letters (178, 215a, C)")]
    [TestCase("ah-tk-20192020-36a45", "het nummer '36a45' bestaat niet alleen uit cijfers")]
    [TestCase("ah-tk-20192020-3645-2", "het heeft meer delen dan een ah-tk-id kan hebben")]
    [TestCase("h-tk-20192020-46-12-3", "het heeft meer delen dan een h-tk-id kan hebben")]
    [TestCase("h-tk-20192020-4b6-12", "het nummer '4b6' bestaat niet alleen uit cijfers")]
    [TestCase("stb-23-123", "het jaar '23' heeft geen 4 cijfers")]
    [TestCase("stb-2023", "het nummer ontbreekt")]
    [TestCase("kv-tk-2010Z0602", "het zaaknummer '2010Z0602' is geen jaar, Z en vijf cijfers (zoals 2010Z06025)")]
    [TestCase("blg-10934a", "het nummer '10934a' bestaat niet alleen uit cijfers")]
    public void Names_the_precise_defect(string id, string reason)
    {
        var diagnostic = CitationLinter.Lint(id).Diagnostics.Single(d => d.Id == "CIT6003");

        Assert.That(diagnostic.Message, Is.EqualTo($"'{id}' is geen geldig id van officielebekendmakingen.nl: {reason}"));
    }

    [Test]
    public void Names_every_defect_of_an_id()
    {
        var diagnostic = CitationLinter.Lint("ah-tk-2019202-36a45").Diagnostics.Single();

        Assert.That(diagnostic.Message, Does.Contain("'2019202' heeft 7 tekens").And.Contain("het nummer '36a45' bestaat niet alleen uit cijfers"));
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT6003"] = RuleSeverity.None } };

        Assert.That(CitationLinter.Lint("ah-tk-2019202-3645", options).Diagnostics, Is.Empty);
    }
}
