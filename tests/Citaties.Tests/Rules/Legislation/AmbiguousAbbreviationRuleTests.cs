using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class AmbiguousAbbreviationRuleTests
{
    private const string Id = "CIT2007";

    [Test]
    public void Ow_without_a_definition_is_a_warning_naming_both_laws()
    {
        const string text = "Zie artikel 2 Ow.";

        var diagnostic = Single(text, LintProfile.Literatuur, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 2 Ow"));
            Assert.That(diagnostic.Message, Does.StartWith("'Ow' kan ").And.EndWith(" betekenen; definieer de afkorting"));
            Assert.That(diagnostic.Message, Does.Contain("Opiumwet").And.Contain("Omgevingswet").And.Contain(" of "));
            Assert.That(Findings(text, LintProfile.Literatuur, "CIT2001"), Is.Empty, "an ambiguous abbreviation is not unknown");
        });
    }

    [TestCase("Pw")]
    [TestCase("Aw")]
    public void Other_ambiguous_abbreviations_are_reported(string abbreviation)
    {
        Assert.That(Findings($"artikel 2 {abbreviation}", LintProfile.Toelichting, Id), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_definition_settles_the_meaning()
    {
        const string text = "De Omgevingswet (hierna: Ow) regelt in artikel 2 Ow het doel.";

        Assert.That(Findings(text, LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_books_of_the_BW_are_no_ambiguity()
    {
        Assert.That(Findings("artikel 6:162 BW", LintProfile.Literatuur, Id), Is.Empty);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 2 Ow", In(LintProfile.Literatuur, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Does.StartWith("'Ow' may mean ").And.Contain(" or ").And.EndWith("; define the abbreviation"));
    }
}
