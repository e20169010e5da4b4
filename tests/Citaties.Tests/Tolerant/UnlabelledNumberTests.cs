using Citaties.Model;
using Citaties.Rules;
using static Citaties.Tests.Rules.RuleFindings;

namespace Citaties.Tests.Tolerant;

/// <summary>
/// The document number without <c>nr.</c> (<c>32123, 17</c>) and an Eerste Kamer letter without it
/// (<c>32 123, AB</c>): both read as the ondernummer; only the number is a finding (CIT1016), with <c>nr.</c> as fix.
/// The corpus has neither form, so the texts are the issue's.
/// </summary>
[TestFixture]
public class UnlabelledNumberTests
{
    [Test]
    public void A_number_without_nr_is_read_as_the_ondernummer()
    {
        var kamerstuk = Read.Single<KamerstukCitation>("Zie Kamerstukken II 2010/11, 32123, 17.");

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Text, Is.EqualTo("Kamerstukken II 2010/11, 32123, 17"));
            Assert.That(kamerstuk.Pieces.Single().Number, Is.EqualTo("17"));
            Assert.That(kamerstuk.Canonical, Is.EqualTo("Kamerstukken II 2010/11, 32 123, nr. 17"));
        });
    }

    [Test]
    public void A_number_without_nr_is_a_warning_with_nr_as_fix()
    {
        const string text = "Zie Kamerstukken II 2010/11, 32123, 17.";

        var diagnostic = Of(RuleIds.UnlabelledNumber, text).Single();

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(RuleSeverity.Warning));
            Assert.That(diagnostic.Message, Is.EqualTo("Schrijf 'nr.' voor ondernummer 17"));
            Assert.That(diagnostic.Fix, Is.EqualTo(new Fix(new TextSpan(text.LastIndexOf("17", StringComparison.Ordinal), 2), "nr. 17")));
            Assert.That(FixSettles(RuleIds.UnlabelledNumber, text), Is.EqualTo("Zie Kamerstukken II 2010/11, 32123, nr. 17."));
        });
    }

    [Test]
    public void An_eerste_kamer_letter_without_nr_is_read_and_needs_no_fix()
    {
        const string text = "Zie Kamerstukken I 2010/11, 32 123, AB.";

        Assert.Multiple(() =>
        {
            Assert.That(Read.Single<KamerstukCitation>(text).Pieces.Single().Number, Is.EqualTo("AB"));
            Assert.That(Of(RuleIds.UnlabelledNumber, text), Is.Empty);
            Assert.That(Of(RuleIds.EersteKamerLetter, text), Is.Empty);
        });
    }

    [TestCase("Kamerstukken 31945, 2019 was het jaar.", 0)]
    // 9877 is the second dossier of a list; nr. 5 is the one piece.
    [TestCase("Kamerstukken II 2010/11, 9876,9877, nr. 5", 1)]
    [TestCase("Kamerstuk 36100-3", 1)]
    public void Without_chamber_or_year_or_beyond_three_digits_no_number_is_taken(string text, int pieces)
    {
        var kamerstuk = Read.Single<KamerstukCitation>(text);

        Assert.Multiple(() =>
        {
            Assert.That(kamerstuk.Pieces, Has.Count.EqualTo(pieces));
            Assert.That(Of(RuleIds.UnlabelledNumber, text), Is.Empty);
        });
    }
}
