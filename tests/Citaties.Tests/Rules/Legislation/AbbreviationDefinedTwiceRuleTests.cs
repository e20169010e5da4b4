using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class AbbreviationDefinedTwiceRuleTests
{
    private const string Id = "CIT2006";

    [Test]
    public void The_same_meaning_twice_is_an_info_at_the_second_definition()
    {
        const string text = "Het Wetboek van Strafvordering (hierna: Sv) regelt dit. Ook het Wetboek van Strafvordering (hierna: Sv) regelt dat.";

        var diagnostic = Single(text, LintProfile.Literatuur, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Span.Start, Is.GreaterThan(text.IndexOf("Ook", StringComparison.Ordinal)));
            Assert.That(At(text, diagnostic.Span), Does.EndWith("(hierna: Sv)"));
            Assert.That(diagnostic.Message, Is.EqualTo("'Sv' is al eerder gedefinieerd met dezelfde betekenis; de tweede definitie kan weg"));
        });
    }

    [Test]
    public void Another_meaning_is_a_warning()
    {
        const string text = "De Opiumwet (hierna: Ow) en de Omgevingswet (hierna: Ow) verschillen.";

        var diagnostic = Single(text, LintProfile.Literatuur, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Message, Is.EqualTo("'Ow' is al eerder gedefinieerd als 'Opiumwet'"));
        });
    }

    [Test]
    public void One_definition_is_fine()
    {
        Assert.That(Findings("Het Wetboek van Strafvordering (hierna: Sv) regelt dit.", LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void A_configured_severity_wins_over_the_preferred_one()
    {
        const string text = "De Opiumwet (hierna: Ow) en de Opiumwet (hierna: Ow).";
        var options = In(LintProfile.Literatuur) with { Severities = new Dictionary<string, RuleSeverity> { [Id] = RuleSeverity.Error } };

        var diagnostic = CitationLinter.Lint(text, options).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Error));
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        const string text = "De Opiumwet (hierna: Ow) en de Omgevingswet (hierna: Ow) verschillen.";

        var diagnostic = CitationLinter.Lint(text, In(LintProfile.Literatuur, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("'Ow' was already defined as 'Opiumwet'"));
    }
}
