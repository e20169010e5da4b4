using Citaties.Kinds;

namespace Citaties.Tests.Scanning.FastPaths;

/// <summary>
/// The hand-written article reader gives exactly what the article grammar gives, on every window the extractor
/// builds for an article anchor anywhere in the corpus, and it reads almost all of them itself.
/// </summary>
[TestFixture]
public class ArticleFastPathAgreementTests
{
    // Of the windows the grammar parses, the share the fast path must read itself (it declines EU acts named by
    // number and "Enig artikel"): 99.6 % of case law and all of the law texts today.
    private const double RequiredShare = 0.99;

    [Test]
    public void Fast_path_agrees_with_the_grammar_on_the_corpus() =>
        FastPathCorpus.AssertAgreesOnCorpus(ArticleFamily.Instance, RequiredShare);
}
