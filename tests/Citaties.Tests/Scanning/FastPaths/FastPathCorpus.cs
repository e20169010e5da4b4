using Citaties.Kinds;
using Citaties.Scanning;
using Citaties.Tests.Corpus;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>
/// Shared steps of the fast path agreement tests: the whole corpus through <see cref="FastPathAgreement"/>, and one
/// literal window through it.
/// </summary>
internal static class FastPathCorpus
{
    /// <summary>
    /// Compares the family's fast path with its grammar on every document of the corpus (the calling test is
    /// ignored when the corpus is absent), prints the figures, and asserts that the two never disagree and that the
    /// fast path recognises at least <paramref name="minimumShare"/> of the grammar's matches.
    /// </summary>
    public static FastPathAgreement AssertAgreesOnCorpus(CitationFamily family, double minimumShare)
    {
        var agreement = new FastPathAgreement(family);
        foreach (var document in CorpusDocuments.Seeds()
                     .Concat(CorpusDocuments.Rechtspraak())
                     .Concat(CorpusDocuments.Handelingen())
                     .Concat(CorpusDocuments.Laws()))
        {
            agreement.Check(document.Name, document.Text);
        }

        TestContext.Out.WriteLine(agreement.ToString());
        Assert.That(agreement.DisagreementCount, Is.Zero, () => string.Join("\n", agreement.Disagreements));
        Assert.That(agreement.RecognisedShare, Is.GreaterThanOrEqualTo(minimumShare), agreement.ToString);
        return agreement;
    }

    /// <summary>
    /// Compares the fast path with the grammar on one window, asserting that they agree and whether the fast path
    /// recognised it.
    /// </summary>
    public static void AssertAgrees(CitationFamily family, string window, bool recognised)
    {
        var agreement = new FastPathAgreement(family);
        agreement.Compare("literal", window);
        Assert.Multiple(() =>
        {
            Assert.That(agreement.DisagreementCount, Is.Zero, () => string.Join("\n", agreement.Disagreements));
            Assert.That(agreement.Recognised, Is.EqualTo(recognised ? 1 : 0), recognised ? "expected the fast path to recognise it" : "expected the fast path to decline");
        });
    }
}
