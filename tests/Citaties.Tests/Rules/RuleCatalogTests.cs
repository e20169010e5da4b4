using System.Text.RegularExpressions;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

[TestFixture]
public class RuleCatalogTests
{
    [Test]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.All.Select(d => d.Id).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches<string>(id => Regex.IsMatch(id, "^CIT[0-6][0-9]{3}$")));
        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Holds_every_rule_of_the_design_catalog()
    {
        var expected = new[]
        {
            "CIT0001", "CIT0002", "CIT1001", "CIT1002", "CIT1003", "CIT1004", "CIT1005", "CIT1006", "CIT1007", "CIT1008", "CIT1009",
            "CIT1010", "CIT1011", "CIT1012", "CIT1013", "CIT1014", "CIT1015", "CIT1016", "CIT1017", "CIT2001", "CIT2002", "CIT2003", "CIT2004", "CIT2005", "CIT2006", "CIT2007",
            "CIT2008", "CIT2009", "CIT2010", "CIT2011", "CIT2012", "CIT2013", "CIT2014", "CIT2015", "CIT3001", "CIT3002", "CIT3003",
            "CIT3004", "CIT3005", "CIT3006", "CIT3007", "CIT3008", "CIT3009", "CIT3010", "CIT3011", "CIT3012", "CIT3013", "CIT3014", "CIT4001", "CIT4002", "CIT4003", "CIT4004", "CIT5001", "CIT5002",
            "CIT5003", "CIT6001", "CIT6002", "CIT6003", "CIT6004",
        };

        Assert.That(RuleCatalog.All.Select(d => d.Id), Is.EqualTo(expected));
    }

    [TestCase("CIT2003", LintProfile.Regeling, RuleSeverity.Warning)]
    [TestCase("CIT2003", LintProfile.Kamerstuk, RuleSeverity.Info)]
    [TestCase("CIT2003", LintProfile.Literatuur, RuleSeverity.None)]
    [TestCase("CIT1003", LintProfile.Kamerstuk, RuleSeverity.None)]
    [TestCase("CIT1003", LintProfile.Literatuur, RuleSeverity.Warning)]
    [TestCase("CIT2008", LintProfile.Toelichting, RuleSeverity.None)]
    [TestCase("CIT3001", LintProfile.Literatuur, RuleSeverity.Error)]
    public void Default_severity_depends_on_the_profile(string id, LintProfile profile, RuleSeverity severity)
    {
        var descriptor = RuleCatalog.Find(id)!;

        Assert.That(new LintOptions { Profile = profile }.SeverityOf(descriptor), Is.EqualTo(severity));
    }

    [Test]
    public void A_configured_severity_replaces_the_profile_default()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT1003"] = RuleSeverity.None } };

        Assert.That(options.SeverityOf(RuleCatalog.Find(RuleIds.ChamberMissing)!), Is.EqualTo(RuleSeverity.None));
    }

    [Test]
    public void Messages_are_Dutch_by_default_and_English_on_request()
    {
        var title = RuleCatalog.Find(RuleIds.ImpossibleSessionYear)!.Title;

        Assert.That(title.For(null), Is.EqualTo("Onmogelijk vergaderjaar"));
        Assert.That(title.For(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Is.EqualTo("Impossible parliamentary year"));
    }
}
