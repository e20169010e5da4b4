using Citaties.Rules;
using static Citaties.Tests.Rules.Legislation.LegislationLint;

namespace Citaties.Tests.Rules.Legislation;

[TestFixture]
public class AbbreviationInRegelingRuleTests
{
    private const string Id = "CIT2008";

    [Test]
    public void An_abbreviation_in_a_regeling_is_a_warning_at_the_citation()
    {
        const string text = "Zie artikel 10 Xyzw hierover.";

        var diagnostic = Single(text, LintProfile.Regeling, Id);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(At(text, diagnostic.Span), Is.EqualTo("artikel 10 Xyzw"));
            Assert.That(diagnostic.Message, Is.EqualTo("Gebruik in een regeling de citeertitel: 'de citeertitel van Xyzw' in plaats van 'Xyzw'"));
            Assert.That(diagnostic.Fix, Is.Null);
        });
    }

    [TestCase(LintProfile.Toelichting)]
    [TestCase(LintProfile.Kamerstuk)]
    [TestCase(LintProfile.Literatuur)]
    public void Abbreviations_are_fine_outside_a_regeling(LintProfile profile)
    {
        Assert.That(Findings("artikel 10, tweede lid, Wob", profile, Id), Is.Empty);
    }

    [TestCase("artikel 10 van de Wet openbaarheid van bestuur")]
    [TestCase("artikel 162 van Boek 6 van het Burgerlijk Wetboek")]
    [TestCase("artikel 28 van Verordening (EU) 2022/2065")]
    public void Titles_are_fine_in_a_regeling(string text)
    {
        Assert.That(Findings(text, LintProfile.Regeling, Id), Is.Empty);
    }

    [Test]
    public void The_BW_moves_to_its_book_in_a_regeling()
    {
        const string text = "Op grond van artikel 6:162, tweede lid, BW is hij aansprakelijk.";

        var diagnostic = Single(text, LintProfile.Regeling, Id);
        var fixedText = Fixed(text, LintProfile.Regeling);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Gebruik in een regeling de citeertitel: 'van Boek 6 van het Burgerlijk Wetboek' in plaats van 'BW'"));
            Assert.That(fixedText, Is.EqualTo("Op grond van artikel 162, tweede lid, van Boek 6 van het Burgerlijk Wetboek is hij aansprakelijk."));
            Assert.That(Findings(fixedText, LintProfile.Regeling, Id), Is.Empty);
        });
    }

    [Test]
    public void A_known_abbreviation_is_fixed_to_its_citeertitel()
    {
        const string text = "Zie artikel 10, tweede lid, Wob hierover.";

        var diagnostic = Single(text, LintProfile.Regeling, Id);
        var fixedText = Fixed(text, LintProfile.Regeling);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Message, Is.EqualTo("Gebruik in een regeling de citeertitel: 'van de Wet openbaarheid van bestuur' in plaats van 'Wob'"));
            Assert.That(At(text, diagnostic.Fix!.Span), Is.EqualTo("Wob"));
            Assert.That(fixedText, Is.EqualTo("Zie artikel 10, tweede lid, van de Wet openbaarheid van bestuur hierover."));
            Assert.That(Findings(fixedText, LintProfile.Regeling, Id), Is.Empty);
        });
    }

    [Test]
    public void Artikel_10_Wob_becomes_the_citeertitel_form()
    {
        Assert.That(Fixed("artikel 10 Wob", LintProfile.Regeling), Is.EqualTo("artikel 10 van de Wet openbaarheid van bestuur"));
    }

    [Test]
    public void An_EU_act_is_fixed_to_its_number()
    {
        const string text = "Artikel 15 van de DSA is van toepassing.";

        Assert.That(Fixed(text, LintProfile.Regeling), Is.EqualTo("Artikel 15 van Verordening (EU) 2022/2065 is van toepassing."));
    }

    [Test]
    public void A_bill_defined_in_the_document_is_reported_without_a_fix()
    {
        const string text = "Het wetsvoorstel regulering sekswerk (hierna: Wrs) regelt in artikel 3 Wrs een vergunning.";

        Assert.That(Single(text, LintProfile.Regeling, Id).Fix, Is.Null);
    }

    [Test]
    public void The_message_is_English_for_an_English_culture()
    {
        var diagnostic = CitationLinter.Lint("artikel 6:162 BW", In(LintProfile.Regeling, "en")).Diagnostics.Single(d => d.Id == Id);

        Assert.That(diagnostic.Message, Is.EqualTo("Use the citation title in a regulation: 'van Boek 6 van het Burgerlijk Wetboek' instead of 'BW'"));
    }
}
