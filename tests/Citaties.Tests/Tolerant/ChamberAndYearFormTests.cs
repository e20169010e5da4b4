using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// Kamerstukken, Handelingen and Aanhangsels with the chamber written out, abbreviated or as a digit (OCR's
/// <c>11</c> for <c>II</c>), and a vergaderjaar broken over a line: each is the record of its canonical form, and a
/// finding with the fix (CIT1013 for the chamber, CIT1002 for the year). The corpus has one such chamber, in
/// rechtspraak/ECLI_NL_HR_1996_AA1770 (<c>Handelingen Tweede Kamer, 1962-1963 - 6000</c>); the rest are the forms.
/// </summary>
[TestFixture]
public class ChamberAndYearFormTests
{
    private static IEnumerable<TestCaseData> KamerstukChambers()
    {
        yield return new TestCaseData("Zie Kamerstukken Tweede Kamer 2010/11, 32 123, nr. 5.", "Tweede Kamer", Chamber.Tweede, "Kamerstukken II 2010/11, 32 123, nr. 5");
        yield return new TestCaseData("Zie Kamerstukken Eerste Kamer 2010/11, 32 123, C.", "Eerste Kamer", Chamber.Eerste, "Kamerstukken I 2010/11, 32 123, C");
        yield return new TestCaseData("Zie Kamerstukken TK 2010/11, 32 123, nr. 5.", "TK", Chamber.Tweede, "Kamerstukken II 2010/11, 32 123, nr. 5");
        yield return new TestCaseData("Zie Kamerstukken EK 2010/11, 32 123, C.", "EK", Chamber.Eerste, "Kamerstukken I 2010/11, 32 123, C");
        yield return new TestCaseData("Zie Kamerstukken 2 2010/11, 32 123, nr. 5.", "2", Chamber.Tweede, "Kamerstukken II 2010/11, 32 123, nr. 5");
        yield return new TestCaseData("Zie Kamerstukken 1 2010/11, 32 123, C.", "1", Chamber.Eerste, "Kamerstukken I 2010/11, 32 123, C");
        yield return new TestCaseData("Zie Kamerstukken 11 2010/11, 32 123, nr. 5.", "11", Chamber.Tweede, "Kamerstukken II 2010/11, 32 123, nr. 5");
    }

    [TestCaseSource(nameof(KamerstukChambers))]
    public void A_kamerstuk_chamber_in_any_form_is_read_as_its_chamber(string text, string written, Chamber chamber, string canonical)
    {
        var kamerstuk = Read.Single<KamerstukCitation>(text);

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Chamber, Is.EqualTo(chamber));
            Assert.That(kamerstuk.ChamberText, Is.EqualTo(written));
            Assert.That(kamerstuk.Dossiers.Single().Number, Is.EqualTo("32123"));
            Assert.That(kamerstuk.Canonical, Is.EqualTo(canonical));
        });
    }

    [TestCaseSource(nameof(KamerstukChambers))]
    public void A_kamerstuk_chamber_in_another_form_is_an_info_finding_that_fixes_just_the_chamber(string text, string written, Chamber chamber, string canonical)
    {
        var diagnostic = Of(RuleIds.ChamberForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Info));
            Assert.That(diagnostic.Fix!.Replacement, Is.EqualTo(chamber.ToCitationForm()));
            Assert.That(FixSettles(RuleIds.ChamberForm, text), Is.EqualTo("Zie " + canonical + "."));
        });
    }

    [TestCase("Aanhangsel Handelingen TK, 2009/10, nr. 2210", "TK")]
    [TestCase("Aanhangsel Handelingen EK 2009/10, nr. 12", "EK")]
    public void An_aanhangsel_with_tk_or_ek_is_an_aanhangsel_not_a_kamerstuk(string text, string written)
    {
        var citations = CitationFinder.Extract(text);
        var aanhangsel = (AanhangselCitation)citations.Single();

        Assert.Multiple(() =>
        {
            Assert.That(aanhangsel.ChamberText, Is.EqualTo(written));
            Assert.That(Of(RuleIds.ChamberForm, text).Single().Fix!.Replacement, Is.EqualTo(aanhangsel.Chamber!.Value.ToCitationForm()));
            Assert.That(Of(RuleIds.KamerstukLabel, text), Is.Empty);
        });
    }

    [TestCase("Handelingen TK 2009/10, nr. 12, blz 345", Chamber.Tweede, "Handelingen II 2009/10, nr. 12, p. 345")]
    [TestCase("Handelingen EK 2009/10, nr. 12, blz. 345", Chamber.Eerste, "Handelingen I 2009/10, nr. 12, p. 345")]
    public void Handelingen_with_tk_or_ek_and_blz_are_handelingen(string text, Chamber chamber, string canonical)
    {
        var handelingen = (HandelingenCitation)CitationFinder.Extract(text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(handelingen.Chamber, Is.EqualTo(chamber));
            Assert.That(handelingen.Pages, Is.EqualTo("345"));
            Assert.That(handelingen.Canonical, Is.EqualTo(canonical));
            Assert.That(Of(RuleIds.ChamberForm, text).Single().Fix!.Replacement, Is.EqualTo(chamber.ToCitationForm()));
        });
    }

    [Test]
    public void The_spelled_chamber_in_a_real_decision_is_reported()
    {
        const string text = "De Memorie van antwoord, Bijlagen Handelingen Tweede Kamer, 1962-1963 - 6000, nr. 9, blz. 30, rechterkolom";

        var diagnostic = Of(RuleIds.ChamberForm, text).Single();

        Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, "Tweede Kamer"), "II")));
    }

    [TestCase("Kamerstukken II 2010/11, 32 123, nr. 5")]
    [TestCase("Handelingen VV 2019/20, nr. 1")]
    [TestCase("Kamerstukken I/II 2019/20, 35 000, nr. 1")]
    public void Roman_chambers_give_no_finding(string text)
    {
        Assert.That(Of(RuleIds.ChamberForm, text), Is.Empty);
    }

    [TestCase("Kamerstukken 1, 2 en 3 liggen ter inzage.")]
    [TestCase("Kamerstukken 11 en 12 van dit dossier")]
    public void A_digit_without_a_vergaderjaar_is_no_chamber(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<KamerstukCitation>().Where(k => k.Chamber is not null), Is.Empty);
    }

    [Test]
    public void A_vergaderjaar_broken_over_a_line_is_read_and_its_form_reported()
    {
        const string text = "Kamerstukken II 2010/-\n11, 32 123, nr. 5.";

        var kamerstuk = Read.Single<KamerstukCitation>(text);
        var diagnostic = Of(RuleIds.SessionYearForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.SessionYear.ToString(), Is.EqualTo("2010/11"));
            Assert.That(kamerstuk.Pieces.Single().Number, Is.EqualTo("5"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, "2010/-\n11"), "2010/11")));
        });
    }

    [TestCase("Kamerstukken II 2010-2011, 32 123, nr. 5", "2010-2011")]
    [TestCase("Kamerstukken II 2010/2011, 32 123, nr. 5", "2010/2011")]
    public void The_other_year_forms_are_read_and_reported(string text, string written)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read.Single<KamerstukCitation>(text).SessionYear.ToString(), Is.EqualTo("2010/11"));
            Assert.That(Of(RuleIds.SessionYearForm, text).Single().Fix, Is.EqualTo(new Fix(SpanOf(text, written), "2010/11")));
        });
    }

    [Test]
    public void A_kamerstuk_without_its_year_is_read_and_the_missing_year_reported()
    {
        const string text = "Kamerstukken II, 32 123, nr. 5";

        Assert.Multiple(() =>
        {
            Assert.That(Read.Single<KamerstukCitation>(text).SessionYear, Is.Null);
            Assert.That(Of(RuleIds.SessionYearMissing, text), Has.Count.EqualTo(1));
        });
    }
}
