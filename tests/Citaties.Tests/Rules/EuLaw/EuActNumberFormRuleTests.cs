using System.Globalization;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules.EuLaw;

[TestFixture]
public class EuActNumberFormRuleTests
{
    private static readonly LintOptions Regeling = new() { Profile = LintProfile.Regeling };

    private static Diagnostic[] Findings(string text, LintOptions? options = null) =>
        CitationLinter.Lint(text, options).Diagnostics.Where(d => d.Id == "CIT5001").ToArray();

    [TestCase("Verordening (EU) 2022/2065")]
    [TestCase("Richtlijn (EU) 2019/770")]
    [TestCase("Besluit (GBVB) 2015/4")]
    [TestCase("Richtlijn 2000/31/EG")]
    [TestCase("Verordening (EG) nr. 593/2008")]
    [TestCase("Verordening (EU) nr. 1215/2012")]
    [TestCase("Verordening (EEG) nr. 1408/71")]
    [TestCase("Verordening (EG) nr. 2820/98")]
    [TestCase("Richtlijn 92/43/EEG")]
    [TestCase("Besluit 2010/300/EU")]
    [TestCase("Besluit nr. 284/2010/EU")]
    [TestCase("Kaderbesluit 2002/584/JBZ")]
    [TestCase("Regulation (EC) No 593/2008")]
    [TestCase("Directive 2000/31/EC")]
    [TestCase("Regulation (EU) 2016/679")]
    public void The_form_of_its_era_gives_no_finding(string act)
    {
        foreach (var profile in Enum.GetValues<LintProfile>())
        {
            Assert.That(Findings("Zie " + act + ".", new LintOptions { Profile = profile }), Is.Empty, profile.ToString());
        }
    }

    [Test]
    public void Nr_missing_before_2015_is_a_warning_in_a_regeling_with_a_fix()
    {
        var diagnostic = Findings("Zie Verordening (EG) 593/2008 inzake Rome I.", Regeling).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Span, Is.EqualTo(new TextSpan(4, 25)));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "Schrijf 'Verordening (EG) nr. 593/2008' in plaats van 'Verordening (EG) 593/2008': vóór 2015 staat 'nr.' voor het volgnummer van een verordening"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(new TextSpan(4, 25), "Verordening (EG) nr. 593/2008")));
        });
    }

    [Test]
    public void Nr_missing_is_only_info_in_literature_where_the_Leidraad_drops_it()
    {
        Assert.That(Findings("Verordening (EG) 593/2008").Single().Severity, Is.EqualTo(RuleSeverity.Info));
        Assert.That(Findings("Verordening (EG) 593/2008", new LintOptions { Profile = LintProfile.Toelichting }).Single().Severity, Is.EqualTo(RuleSeverity.Warning));
    }

    [Test]
    public void A_missing_domain_comes_from_the_catalog()
    {
        var diagnostic = Findings("Verordening 2022/2065").Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Message, Is.EqualTo(
                "Schrijf 'Verordening (EU) 2022/2065' in plaats van 'Verordening 2022/2065': het domein ontbreekt (EU volgens de catalogus)"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("Verordening (EU) 2022/2065"));
        });
    }

    [TestCase("richtlijn 2006/112", "richtlijn 2006/112/EG", "het domein ontbreekt (EG volgens de catalogus)")]
    [TestCase("Verordening nr. 904/2010", "Verordening (EU) nr. 904/2010", "het domein ontbreekt; EU is afgeleid uit het jaar, controleer dit")]
    [TestCase("Richtlijn 2001/999", "Richtlijn 2001/999/EG", "het domein ontbreekt; EG is afgeleid uit het jaar, controleer dit")]
    [TestCase("Richtlijn 85/999", "Richtlijn 85/999/EEG", "het domein ontbreekt; EEG is afgeleid uit het jaar, controleer dit")]
    public void A_missing_domain_not_in_the_catalog_is_inferred_from_the_year(string written, string expected, string reason)
    {
        var diagnostic = Findings(written).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo(expected));
            Assert.That(diagnostic.Message, Is.EqualTo($"Schrijf '{expected}' in plaats van '{written}': {reason}"));
        });
    }

    [TestCase("Verordening nr. 1234/2009",
        "Schrijf 'Verordening (EG) nr. 1234/2009' of 'Verordening (EU) nr. 1234/2009' in plaats van 'Verordening nr. 1234/2009': het domein ontbreekt; in 2009 kan dat EG of EU zijn")]
    [TestCase("Richtlijn 93/999",
        "Schrijf 'Richtlijn 93/999/EEG' of 'Richtlijn 93/999/EG' in plaats van 'Richtlijn 93/999': het domein ontbreekt; in 1993 kan dat EEG of EG zijn")]
    public void A_missing_domain_in_a_transition_year_is_reported_without_a_fix(string written, string message)
    {
        var diagnostic = Findings(written).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Fix, Is.Null);
            Assert.That(diagnostic.Message, Is.EqualTo(message));
        });
    }

    [TestCase("Verordening (EU) nr. 2022/2065", "Verordening (EU) 2022/2065", "sinds 2015 staat er geen 'nr.' voor het nummer")]
    [TestCase("Verordening (EU) 679/2016", "Verordening (EU) 2016/679", "sinds 2015 staat het jaar voor het volgnummer")]
    [TestCase("Richtlijn 2019/770/EU", "Richtlijn (EU) 2019/770", "het domein staat tussen haakjes voor het nummer")]
    [TestCase("Richtlijn (EG) 2000/31", "Richtlijn 2000/31/EG", "vóór 2015 staat het domein van een richtlijn of besluit achter het nummer")]
    [TestCase("richtlijn nr. 2003/4/EG", "richtlijn 2003/4/EG", "vóór 2015 krijgen alleen verordeningen en besluiten 'nr.'")]
    [TestCase("Richtlijn 1992/43/EEG", "Richtlijn 92/43/EEG", "vóór 1999 heeft het jaar twee cijfers")]
    [TestCase("Verordening (EG) nr. 2008/593", "Verordening (EG) nr. 593/2008", "vóór 2015 staat bij een verordening het volgnummer voor het jaar")]
    public void Names_what_is_wrong_and_writes_the_era_form(string written, string expected, string reason)
    {
        var diagnostic = Findings(written, Regeling).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo($"Schrijf '{expected}' in plaats van '{written}': {reason}"));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo(expected));
        });
    }

    [Test]
    public void English_text_keeps_English_and_the_message_is_English_for_an_English_culture()
    {
        var options = new LintOptions { Culture = CultureInfo.GetCultureInfo("en-GB"), Profile = LintProfile.Regeling };

        var diagnostic = Findings("See Regulation (EC) 593/2008.", options).Single();

        Assert.That(diagnostic.Message, Is.EqualTo(
            "Write 'Regulation (EC) No 593/2008' instead of 'Regulation (EC) 593/2008': before 2015 a regulation has 'No' before its number"));
    }

    [TestCase("De Verordening (EG) 593/2008 en Richtlijn 2019/770/EU gelden; zie ook Verordening 2022/2065.",
        "De Verordening (EG) nr. 593/2008 en Richtlijn (EU) 2019/770 gelden; zie ook Verordening (EU) 2022/2065.")]
    [TestCase("Zie Verordening (EU) nr. 679/2016 en Richtlijn (EEG) 1992/43.",
        "Zie Verordening (EU) 2016/679 en Richtlijn 92/43/EEG.")]
    public void The_fix_writes_the_era_form_and_leaves_the_rest(string text, string expected)
    {
        var fixedText = CitationLinter.Fix(text, Regeling).Text;

        Assert.Multiple(() =>
        {
            Assert.That(fixedText, Is.EqualTo(expected));
            Assert.That(Findings(fixedText, Regeling), Is.Empty);
            Assert.That(CitationLinter.Fix(fixedText, Regeling).Text, Is.EqualTo(fixedText));
        });
    }

    [Test]
    public void The_rule_can_be_switched_off()
    {
        var options = new LintOptions { Severities = new Dictionary<string, RuleSeverity> { ["CIT5001"] = RuleSeverity.None } };

        Assert.That(Findings("Verordening 2022/2065", options), Is.Empty);
    }
}
