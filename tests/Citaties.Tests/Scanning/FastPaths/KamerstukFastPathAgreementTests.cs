using Citaties.Grammar.FastPaths;
using Citaties.Model;
using Citaties.Scanning.Families;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The labelled Kamerstuk fast path gives what <c>KamerstukGrammar.Kamerstuk</c> gives, or declines.</summary>
[TestFixture]
public class KamerstukFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(KamerstukFamily.Instance, 0.95);
    }

    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5, p. 7.")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5, blz. 7-8; Handelingen II")]
    [TestCase("Kamerstukken I 2019/20, 35 300, C")]
    [TestCase("Kamerstukken I 2019/20, 35 300, C, p. 3")]
    [TestCase("Kamerstuk 28 638, nr. 178")]
    [TestCase("Kamerstuk 28638 nr. 178")]
    [TestCase("Kamerstukken II 2023/24, 36 200 VI, nr. 12")]
    [TestCase("Kamerstukken II 2023/24, 36 200 IXB, nr. 12")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nrs. 5 en 6")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nrs. 5, 6 en 8, p. 3 en 5")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5 en 6")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr.5, pp. 22- 24 e.v.")]
    [TestCase("Kamerstukken II 2019-2020, 35 300, Nr. 5, bladzijde 3")]
    [TestCase("Kamerstukken II, vergaderjaar 2019-2020, 35 300, nr. 5")]
    [TestCase("Kamerstukken II 2019/20 35 300, nr. 5")]
    [TestCase("Kamerstukken Tweede Kamer 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken I/II 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken 31945")]
    [TestCase("Kamerstukken II 2019/20, 35 300")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5; zie ook")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5 (hierna: de nota)")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 188b.")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 1-3")]
    [TestCase("Kamerstukken II 2019/20, 35.300, letter C")]
    [TestCase("Kamerbrief 2019/20, 35 300, nr. 5")]
    [TestCase("TK 2019/20, 35 300, nr. 5")]
    [TestCase("kamerstukken II 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstuk 36100-3")]
    [TestCase("bijlage bij Kamerstukken II 2019/20, 35 300, nr. 5")]
    [TestCase("Bijlage  bij kamerstuk 34 193, nr. 2")]
    [TestCase("bijlage bij TK 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3 (MvT), p. 12")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3 (Memorievantoelichting)")]
    [TestCase("Kamerstukken I 2019/20, 35 300, C (MvA)")]
    [TestCase("Kamerstukken I 2019/20, 35 300, C (M)")]
    [TestCase("Kamerstuk 30111-108) - 30111-109")]
    [TestCase("Kamerstuk 21501-07")]
    [TestCase("Kamerstukken II 2019/20, 21 501-07, nr. 1855")]
    [TestCase("Kamerstukken II 2019/20, 36100-3, p. 4")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(KamerstukFamily.Instance, window, recognised: true);
    }

    [TestCase("Kamerstukken II 2019/20, 35 300 en 35 301, nr. 5")]
    [TestCase("Kamerstukken II 2019/20, 35 300, 35 301")]
    [TestCase("Kamerstukken II 2019/20, 35 300/35 301")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5; nr. 6")]
    [TestCase("Kamerstuk 21501-02-1855")]
    [TestCase("bijlage bijKamerstuk 34193, nr. 1")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 3 (MvTa), p. x")]
    [TestCase("bijlage bij de Kamerstukken II 2019/20, 35 300, nr. 5")]
    [TestCase("Kamerstuk 36100-123456")]
    [TestCase("Kamerstuk 36100-3a")]
    [TestCase("Kamerstukken II 2019/20, 35 300-VI, nr. 5")]
    [TestCase("Kamerstukken II 2019/20, 36 200 VI-12")]
    [TestCase("Kamerstukken II 2019/20, 35 300 (R2130), nr. 5")]
    [TestCase("Kamerstukken Zitting 1958-1959-5380")]
    [TestCase("Kamerstukken II 2019/20, nr. 5")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. x")]
    [TestCase("Kamerstukken II 2019/20, 35 300, nr. 5, p. x")]
    [TestCase("Kamerstukken 123")]
    [TestCase("Kamerstukken II 2019/21x, 35 300")]
    [TestCase("de kamerstukken waarin")]
    public void Declines_what_the_grammar_reads_its_own_way_or_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(KamerstukFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_the_parts_as_the_grammar_records_them()
    {
        Assert.That(KamerstukFastPath.TryRead("Kamerstukken II, 2023/24 36 200 VI nr.12, blz 7 en verder", out var citations, out var end), Is.True);
        var kamerstuk = (KamerstukCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("Kamerstukken II, 2023/24 36 200 VI nr.12, blz 7".Length));
            Assert.That(kamerstuk.Chamber, Is.EqualTo(Chamber.Tweede));
            Assert.That(kamerstuk.CommaAfterChamber, Is.True);
            Assert.That(kamerstuk.SessionYear, Is.EqualTo(new SessionYear(2023, 2024)));
            Assert.That(kamerstuk.Dossiers.Single(), Is.EqualTo(new Dossier("36200", "VI", "36 200 VI")));
            Assert.That(kamerstuk.Number, Is.EqualTo("12"));
            Assert.That(kamerstuk.SpaceAfterNumberLabel, Is.False);
            Assert.That(kamerstuk.Pages, Is.EqualTo("7"));
            Assert.That(kamerstuk.PagesLabel, Is.EqualTo("blz"));
            Assert.That(kamerstuk.MissingComma, Is.True);
        });
    }
}
