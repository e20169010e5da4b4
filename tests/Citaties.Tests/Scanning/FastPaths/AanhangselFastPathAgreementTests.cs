using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>The Aanhangsel fast path gives what <c>AanhangselGrammar</c> gives, or declines.</summary>
[TestFixture]
public class AanhangselFastPathAgreementTests
{
    [Test]
    public void Agrees_with_the_grammar_on_the_whole_corpus()
    {
        FastPathCorpus.AssertAgreesOnCorpus(AanhangselFamily.Instance, 0.95);
    }

    [Test]
    public void Agrees_with_the_grammar_on_every_combination_of_common_parts()
    {
        // The corpus has few Aanhangsel citations; every combination of the parts' variants covers the rest.
        var agreement = new FastPathAgreement(AanhangselFamily.Instance);
        foreach (var label in new[] { "Aanhangsel ", "Aanh.", "aanhangsel  " })
        foreach (var handelingen in new[] { "Handelingen", "Hand.", "Handelingen." })
        foreach (var chamber in new[] { " ", ", ", " II ", " II, ", " I ", " I/II ", " VV ", " Tweede Kamer ", ",Eerste Kamer, ", " ii ", " IIe " })
        foreach (var year in new[] { "2019/20", "2019-2020", "vergaderjaar 2023-2024", "Zitting 1999/00", "2019/202", "20192020", "2019 /20" })
        foreach (var number in new[] { ", nr. 3645", " nr 3645", ",3645", " 3645", ", Nr.3645", ", nrs. 1-2", ", nummer 3", ", nr. 3645a", ", nrx 3", ", nr.", "" })
        foreach (var tail in new[] { "", " en", "b" })
        {
            agreement.Compare("combination", label + handelingen + chamber + year + number + tail);
        }

        TestContext.Out.WriteLine(agreement.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(agreement.DisagreementCount, Is.Zero, () => string.Join("\n", agreement.Disagreements));
            Assert.That(agreement.Parsed, Is.GreaterThan(0));
            Assert.That(agreement.RecognisedShare, Is.EqualTo(1.0), agreement.ToString);
        });
    }

    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645.")]
    [TestCase("Aanh. Handelingen II 2019/20, nr. 3645")]
    [TestCase("Aanh.Hand. II 2019/20, nr. 3645")]
    [TestCase("aanhangsel handelingen I 2014/15, nr. 12 en")]
    [TestCase("Aanhangsel Handelingen, vergaderjaar 2023-2024, nr. 719")]
    [TestCase("Aanhangsel Handelingen, Zitting 1999-2000, nr. 719")]
    [TestCase("Aanhangsel Handelingen II 2019/20, 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20 3645")]
    [TestCase("Aanhangsel Handelingen II, 2019/20, nr 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr.3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, Nr. 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nrs. 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nummer 3645")]
    [TestCase("Aanhangsel Handelingen I/II 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen I-II 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen VV 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen Tweede Kamer 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen tweede kamer, 2019-2020, nr. 3645")]
    [TestCase("Aanhangsel Handelingen Eerste Kamer 2019/21, nr. 3645")]
    [TestCase("Aanhangsel Handelingen 1999/00, nr. 36")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645-3650")]
    public void Recognises_what_the_grammar_reads(string window)
    {
        FastPathCorpus.AssertAgrees(AanhangselFamily.Instance, window, recognised: true);
    }

    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645a")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. a")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nrx 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20,")]
    [TestCase("Aanhangsel Handelingen II 2019/20")]
    [TestCase("Aanhangsel Handelingen II 2019/202, nr. 3645")]
    [TestCase("Aanhangsel Handelingen ii 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen IIe 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen, vergaderjaar2023-2024, nr. 719")]
    [TestCase("Aanhangsels Handelingen II 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen. II 2019/20, nr. 3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, nr. 3645\u0663")]
    public void Declines_what_the_grammar_rejects(string window)
    {
        FastPathCorpus.AssertAgrees(AanhangselFamily.Instance, window, recognised: false);
    }

    [Test]
    public void Reads_the_customary_form_as_the_grammar_builds_it()
    {
        Assert.That(AanhangselFastPath.TryRead("Aanh. Handelingen II 2019/20, nr. 3645.", out var citations, out var end), Is.True);
        var aanhangsel = (AanhangselCitation)citations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(end, Is.EqualTo("Aanh. Handelingen II 2019/20, nr. 3645".Length));
            Assert.That(aanhangsel.Abbreviated, Is.True);
            Assert.That(aanhangsel.Chamber, Is.EqualTo(Chamber.Tweede));
            Assert.That(aanhangsel.SessionYearText, Is.EqualTo("2019/20"));
            Assert.That(aanhangsel.Number, Is.EqualTo("3645"));
            Assert.That(aanhangsel.NumberLabelled, Is.True);
        });
    }
}
