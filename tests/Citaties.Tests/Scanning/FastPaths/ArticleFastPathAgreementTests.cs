using Citaties.Scanning.Families;
using Citaties.Tests.Corpus;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>
/// The hand-written article reader gives exactly what the article grammar gives, on every window the extractor
/// builds for an article anchor anywhere in the corpus, and it reads most of them itself.
/// </summary>
[TestFixture]
public class ArticleFastPathAgreementTests
{
    // Of the windows the grammar parses, the share the fast path must read itself (it declines EU acts,
    // books of the BW and "Enig artikel").
    private const double RequiredShare = 0.95;

    private static IEnumerable<TestCaseData> Corpora()
    {
        yield return new TestCaseData("seeds").SetName("Agrees with the grammar on the seeds");
        yield return new TestCaseData("rechtspraak").SetName("Agrees with the grammar on case law");
        yield return new TestCaseData("handelingen").SetName("Agrees with the grammar on Handelingen");
        yield return new TestCaseData("bwb").SetName("Agrees with the grammar on law texts");
    }

    [TestCaseSource(nameof(Corpora))]
    public void Fast_path_agrees_with_the_grammar(string corpus)
    {
        var documents = corpus switch
        {
            "seeds" => CorpusDocuments.Seeds(),
            "rechtspraak" => CorpusDocuments.Rechtspraak(),
            "handelingen" => CorpusDocuments.Handelingen(),
            _ => CorpusDocuments.Laws(),
        };
        var agreement = new FastPathAgreement(ArticleFamily.Instance);
        foreach (var document in documents)
        {
            agreement.Check(document.Name, document.Text);
        }

        TestContext.Out.WriteLine(agreement);
        foreach (var disagreement in agreement.Disagreements)
        {
            TestContext.Out.WriteLine(disagreement);
        }

        Assert.Multiple(() =>
        {
            Assert.That(agreement.DisagreementCount, Is.Zero, string.Join("\n", agreement.Disagreements));
            Assert.That(agreement.RecognisedShare, Is.GreaterThanOrEqualTo(RequiredShare));
        });
    }
}
