using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// Several documents in one reference (<c>nrs. 312 en 347</c>, <c>nr. 7, p. 3 en 4, en nr. 9</c>), several older
/// dossiers (<c>9876,9877</c>), a rijkswet marker
/// after the dossier (<c>36 123 (R 2150)</c>) and a second reference after <c>en vgl.</c>: each read whole. The corpus
/// has none of these forms, so the texts are the issue's.
/// </summary>
[TestFixture]
public class SeveralDocumentsTests
{
    [Test]
    public void Two_numbers_after_nrs_are_two_pieces()
    {
        var kamerstuk = Read.Single<KamerstukCitation>("Kamerstukken II 2010/11, 32 123, nrs. 312 en 347.");

        Assert.That(kamerstuk.Pieces.Select(p => p.Number), Is.EqualTo(new[] { "312", "347" }));
    }

    [Test]
    public void A_second_number_after_pages_and_en_is_read_with_the_first()
    {
        const string text = "Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4, en nr. 9.";

        var kamerstuk = Read.Single<KamerstukCitation>(text);

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Text, Is.EqualTo("Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4, en nr. 9"));
            Assert.That(kamerstuk.Pieces, Is.EqualTo(new[] { new KamerstukPiece("7", "3 en 4"), new KamerstukPiece("9", null) }));
            Assert.That(kamerstuk.Canonical, Is.EqualTo("Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4; nr. 9"));
        });
    }

    [Test]
    public void Pages_then_en_before_the_next_number_is_reported_with_the_semicolon_as_fix()
    {
        const string text = "Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4, en nr. 9.";

        var diagnostic = Of(RuleIds.NumberGroupJoin, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, ", en "), "; ")));
            Assert.That(FixSettles(RuleIds.NumberGroupJoin, text), Is.EqualTo("Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4; nr. 9."));
        });
    }

    [TestCase("Kamerstukken II 2010/11, 32 123, nr. 7, p. 3 en 4; nr. 9.")]
    [TestCase("Kamerstukken II 2010/11, 32 123, nrs. 312 en 347.")]
    public void Numbers_joined_as_the_canonical_form_joins_them_give_no_finding(string text)
    {
        Assert.That(Of(RuleIds.NumberGroupJoin, text), Is.Empty);
    }

    [TestCase("Kamerstukken II 1965/66, 9876,9877, nr. 3.")]
    [TestCase("Kamerstukken II 1965/66, 9876, 9877, nr. 3.")]
    public void Several_older_four_digit_dossiers_are_one_reference(string text)
    {
        var kamerstuk = Read.Single<KamerstukCitation>(text);

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Text, Is.EqualTo(text.TrimEnd('.')));
            Assert.That(kamerstuk.Dossiers.Select(d => d.Number), Is.EqualTo(new[] { "9876", "9877" }));
            Assert.That(kamerstuk.Pieces.Single().Number, Is.EqualTo("3"));
            Assert.That(kamerstuk.Canonical, Is.EqualTo("Kamerstukken II 1965/66, 9876 en 9877, nr. 3"));
        });
    }

    [Test]
    public void A_year_after_a_five_digit_dossier_is_still_no_dossier()
    {
        var kamerstuk = Read.Single<KamerstukCitation>("Kamerstukken 31945, 2019, nr. 4");

        Assert.That(kamerstuk.Dossiers.Select(d => d.Number), Is.EqualTo(new[] { "31945" }));
    }

    [Test]
    public void A_rijkswet_marker_with_a_space_is_read_and_its_form_reported()
    {
        const string text = "Kamerstukken II 2022/23, 36 123 (R 2150), nr. 3.";

        var kamerstuk = Read.Single<KamerstukCitation>(text);
        var diagnostic = Of(RuleIds.DossierForm, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Dossiers.Single(), Is.EqualTo(new Dossier("36123", "R2150", "36 123 (R 2150)")));
            Assert.That(kamerstuk.Pieces.Single().Number, Is.EqualTo("3"));
            Assert.That(kamerstuk.Canonical, Is.EqualTo("Kamerstukken II 2022/23, 36 123 (R2150), nr. 3"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(SpanOf(text, "36 123 (R 2150)"), "36 123 (R2150)")));
            Assert.That(FixSettles(RuleIds.DossierForm, text), Is.EqualTo("Kamerstukken II 2022/23, 36 123 (R2150), nr. 3."));
        });
    }

    [Test]
    public void The_printed_rijkswet_marker_gives_no_finding()
    {
        Assert.That(Of(RuleIds.DossierForm, "Kamerstukken II 1995/96, 23 908 (R1519), nr. 3"), Is.Empty);
    }

    [Test]
    public void A_second_reference_after_en_vgl_in_the_same_sentence_is_its_own_citation()
    {
        const string text = "Kamerstukken II 2010/11, 32 123, nr. 5 en vgl. Kamerstukken II 2011/12, 33 000, nr. 2.";

        var citations = CitationFinder.Extract(text).OfType<KamerstukCitation>().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[]
            {
                "Kamerstukken II 2010/11, 32 123, nr. 5",
                "Kamerstukken II 2011/12, 33 000, nr. 2",
            }));
            Assert.That(CitationLinter.Lint(text).Diagnostics, Is.Empty);
        });
    }
}
