using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// Dossier numbers with a dot or hyphen after the thousands, or a budget chapter glued on or after a dot: each is
/// the dossier it names, and a CIT1014 finding with the printed form as fix. The corpus has none of these forms
/// in a Kamerstuk citation, so the texts are the examples.
/// </summary>
[TestFixture]
public class DossierFormTests
{
    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData("Kamerstukken II 2010/11, 32-123, nr. 5.", "32-123", null, "32 123", "Kamerstukken II 2010/11, 32 123, nr. 5");
        yield return new TestCaseData("Kamerstukken II 2010/11, 32.123, nr. 5.", "32.123", null, "32 123", "Kamerstukken II 2010/11, 32 123, nr. 5");
        yield return new TestCaseData("Kamerstukken II 2010/11, 32123.IV, nr. 5.", "32123.IV", "IV", "32123 IV", "Kamerstukken II 2010/11, 32 123 IV, nr. 5");
        yield return new TestCaseData("Kamerstukken II 2010/11, 32 123IV, nr. 5.", "32 123IV", "IV", "32 123 IV", "Kamerstukken II 2010/11, 32 123 IV, nr. 5");
    }

    [TestCaseSource(nameof(Forms))]
    public void The_dossier_is_read_as_the_one_it_names(string text, string written, string? suffix, string fixedForm, string canonical)
    {
        var kamerstuk = CitationFinder.Extract(text).OfType<KamerstukCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Dossiers.Single().Number, Is.EqualTo("32123"));
            Assert.That(kamerstuk.Dossiers.Single().Suffix, Is.EqualTo(suffix));
            Assert.That(kamerstuk.Pieces.Single().Number, Is.EqualTo("5"));
            Assert.That(kamerstuk.Canonical, Is.EqualTo(canonical));
        });
    }

    [TestCaseSource(nameof(Forms))]
    public void The_form_is_an_info_finding_with_the_printed_form_as_fix(string text, string written, string? suffix, string fixedForm, string canonical)
    {
        var diagnostic = Of(RuleIds.DossierForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Message, Is.EqualTo($"Schrijf dossiernummer {written} als {fixedForm}"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, written), fixedForm)));
            Assert.That(FixSettles(RuleIds.DossierForm, text), Is.EqualTo(text.Replace(written, fixedForm)));
            Assert.That(Of(RuleIds.DossierSpacing, text), Is.Empty);
        });
    }

    [Test]
    public void A_configured_compact_style_is_the_fix_for_a_dotted_number()
    {
        const string text = "Kamerstukken II 2010/11, 32.123, nr. 5.";

        var diagnostic = Of(RuleIds.DossierForm, text, new LintOptions { DossierStyle = DossierNumberStyle.Compact }).Single();

        Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo("32123"));
    }

    [TestCase("Kamerstuk 36100-3")]
    [TestCase("Kamerstukken II 2020/21, 21 501-07, nr. 1750")]
    [TestCase("Kamerstukken II 2018/19, 35 000 VI, nr. 5")]
    [TestCase("Kamerstukken II 2018/19, 35 300-A, nr. 5")]
    [TestCase("Kamerstukken II 1995/96, 23 908 (R1519), nr. 3")]
    public void The_printed_forms_and_hyphen_ids_give_no_finding(string text)
    {
        Assert.That(Of(RuleIds.DossierForm, text), Is.Empty);
    }

    [TestCase("Kamerstuk 36100-3", "36100", "3")]
    [TestCase("Kamerstuk 3-123, nr. 4", "3", "123")]
    public void A_hyphen_after_other_than_two_digits_keeps_its_old_reading(string text, string number, string suffixOrPiece)
    {
        var kamerstuk = CitationFinder.Extract(text).OfType<KamerstukCitation>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Dossiers[0].Number, Is.EqualTo(number));
            Assert.That(kamerstuk.Dossiers[0].Suffix == suffixOrPiece || kamerstuk.Pieces[0].Number == suffixOrPiece, Is.True);
        });
    }
}
