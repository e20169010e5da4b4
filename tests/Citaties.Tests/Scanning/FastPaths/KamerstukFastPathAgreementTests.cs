using Citaties.Kinds;
using Citaties.Model;
using CsCheck;

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

    // Parts of a labelled citation in the forms the fast path reads and in near misses of them, so that generated
    // windows exercise every decision of the reader against the grammar (the corpus has few Kamerstukken).
    private static readonly string[] Prefixes = { "", "bijlage bij ", "Bijlage  bij ", "bijlage ", "bijlage bijna " };

    private static readonly string[] Labels = { "Kamerstukken", "Kamerstuk", "kamerstukken", "Kamerbrief", "TK", "Tk", "Kamerstukkenx", "Kamerstukken," };

    private static readonly string[] Chambers =
    {
        "", " II", " I", " VV", " I/II", " I-II", " Tweede Kamer", " II,", " II ,", " IIx", " I-2019", " Eerste  Kamer", " Verenigde Vergadering",
    };

    private static readonly string[] Years =
    {
        "", " 2019/20", " 2019/20,", " 2019-2020,", " vergaderjaar 2019/20,", " Zitting 1958-1959", " 1999/00,", " 2019/20 -", " 2019/2,",
        " 2019/21x", " 2019/20-", " 2019/2020 ,", " vergaderjaar2019/20,", " ١٩٩٩/20,",
    };

    private static readonly string[] Dossiers =
    {
        "", " 35 300", " 35300", " 35.300", " 35  300", " 36 200 VI", " 36 200 IXB", " 36 200 VIAB", " 36100-3", " 21 501-07", " 21501-02-1855",
        " 123", " 35 300-VI", " 35 300 (R2130)", " 35 300 (R21", " 2019", " 2019/20", " 35 300 C", " 123456", " 36100-3a", " 36 200 VI-12",
        " 5 200", " 31945", " 35 3001", " 3٥ 300",
    };

    private static readonly string[] Afters =
    {
        "", ", nr. 5", " nr. 5", ", nrs. 5 en 6", ", nrs. 5, 6", ", nr. 5, 6", ", nr.5", ", Nr. 12a", ", nr. 12abc", ", C", ", CD", ", CDE", ", letter C",
        ", nr. 3 (MvT)", ", nr. 3  (NnavV), p. 2", ", C (MvA)", ", nr. 3 (M)", ", nr. 5, p. 7", ", nr. 5, blz. 7-8", ", nr. 5 p. 7 e.v.",
        ", nr. 5, pp. 22 - 24 en 30", ", nr. 5, bladzijden 3 ev", ", nr. 5, p. x", ", nr. 5; nr. 6", ", nr. 5; Handelingen", ", nr. 5;nrs 6", ", 35 301",
        " en 35 301", "/35 301", ", nr. 1-3", ", nr. 1-x", ", nr. x", ", C, p. 3", ", nummer 4", ", nummers 4 en 5", ", nummering", ", nrs.4", ", nr. 1234567",
        ", p. 5", ", nr. 5, pag. 123456", ", nr. 5 - 6", ", nrs. 5 en D", ", nr. D-07", ", nr. D, p. 3", ", TK", ", nr. 5; nr. D",
    };

    private static readonly string[] Tails = { "", ".", ") en", " 2020", " en", "-", ", p", "; zie" };

    private static readonly Gen<string> Windows =
        Gen.Select(Pick(Prefixes), Pick(Labels), Pick(Chambers), Pick(Years), Pick(Dossiers), Pick(Afters), Pick(Tails))
            .Select(parts => parts.Item1 + parts.Item2 + parts.Item3 + parts.Item4 + parts.Item5 + parts.Item6 + parts.Item7);

    // One thread: the agreement's counters are not shared-safe.
    [Test]
    public void Agrees_with_the_grammar_on_generated_windows()
    {
        var agreement = new FastPathAgreement(KamerstukFamily.Instance);
        Windows.Sample(window =>
        {
            var before = agreement.DisagreementCount;
            agreement.Compare("generated", window);
            return agreement.DisagreementCount == before;
        }, iter: 20000, threads: 1);
        TestContext.Out.WriteLine(agreement.ToString());
        Assert.That(agreement.Recognised, Is.GreaterThan(agreement.Windows / 20), agreement.ToString);
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
    [TestCase("Kamerstukken I 2019/20, 35 300, nr. D, p. 3")]
    [TestCase("Kamerstukken I 2019/20, 35 300, nrs. 5 en D")]
    [TestCase("Kamerstukken I 2019/20, 35 300, nr. D-07")]
    [TestCase("Kamerstuk 36100-3, TK")]
    [TestCase("Kamerstuk 36100-3, nr. 5")]
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
    [TestCase("Kamerstuk 36100-3, nr. D")]
    [TestCase("TK II nrs. D")]
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

    private static Gen<string> Pick(string[] parts) => Gen.Int[0, parts.Length - 1].Select(i => parts[i]);
}
