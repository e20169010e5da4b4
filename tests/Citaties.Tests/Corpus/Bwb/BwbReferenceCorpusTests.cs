using Citaties.Model;

namespace Citaties.Tests.Corpus.Bwb;

/// <summary>
/// The references the publisher marked up in the BWB law texts of ../shared/corpus/bwb are the gold: every
/// <c>intref</c>/<c>extref</c> that points at an article must be covered by an extracted article citation with
/// that article, and every article in another law must resolve to that law's BWB id.
/// </summary>
[TestFixture]
public class BwbReferenceCorpusTests
{
    private const double RequiredCoverage = 0.95;
    private const double RequiredResolution = 0.90;
    private const int MissesShown = 25;

    private static IEnumerable<MarkedLawText> Laws()
    {
        var folder = CorpusPaths.RequireCorpus("bwb");
        return Directory.GetFiles(folder, "*.xml").OrderBy(f => f, StringComparer.Ordinal).Select(MarkedLawText.Read);
    }

    // The citations of a law text, extracted as inside that law: an article without a law is the law itself.
    private static List<ArticleCitation> Articles(MarkedLawText law) =>
        CitationFinder.Extract(law.Text, new ExtractOptions { ContextLaw = new LawReference { Bwb = law.Bwb } })
            .OfType<ArticleCitation>()
            .ToList();

    [Test]
    public void Article_references_are_covered_by_a_citation_of_that_article()
    {
        var total = 0;
        var covered = 0;
        var misses = new List<string>();
        foreach (var law in Laws())
        {
            var articles = Articles(law);
            var lawTotal = 0;
            var lawCovered = 0;
            foreach (var reference in law.References.Where(r => r.Article is not null))
            {
                lawTotal++;
                if (Covering(articles, reference) is not null)
                {
                    lawCovered++;
                }
                else
                {
                    misses.Add($"{law.Bwb} {reference.Element} {reference.Article}: '{MarkedReferenceMatch.Context(law.Text, reference, 40, 60)}'");
                }
            }

            TestContext.Out.WriteLine($"{law.Bwb}: {lawCovered} of {lawTotal} article references covered ({Share(lawCovered, lawTotal):P1})");
            total += lawTotal;
            covered += lawCovered;
        }

        TestContext.Out.WriteLine($"all: {covered} of {total} article references covered ({Share(covered, total):P1}); first misses:");
        foreach (var miss in misses.Take(MissesShown))
        {
            TestContext.Out.WriteLine("  " + miss);
        }

        Assert.That(total, Is.GreaterThan(0), "the corpus has marked references");
        Assert.That(Share(covered, total), Is.GreaterThanOrEqualTo(RequiredCoverage));
    }

    [Test]
    public void Article_references_to_other_laws_resolve_to_their_bwb_id()
    {
        var total = 0;
        var resolved = 0;
        var misses = new List<string>();
        foreach (var law in Laws())
        {
            var articles = Articles(law);
            var external = law.References.Where(r => r.Element == "extref" && r.Article is not null && r.Bwb != law.Bwb).ToList();
            var lawResolved = 0;
            foreach (var reference in external)
            {
                var citation = Covering(articles, reference);
                if (citation?.Law?.Bwb == reference.Bwb)
                {
                    lawResolved++;
                }
                else
                {
                    var found = citation is null ? "no citation" : $"law text '{citation.LawText}' -> {citation.Law?.Bwb ?? citation.Law?.Title ?? "unresolved"}";
                    misses.Add($"{law.Bwb} -> {reference.Bwb} art. {reference.Article} ({found}): '{MarkedReferenceMatch.Context(law.Text, reference, 40, 60)}'");
                }
            }

            TestContext.Out.WriteLine($"{law.Bwb}: {lawResolved} of {external.Count} external article references resolved to their BWB id ({Share(lawResolved, external.Count):P1})");
            total += external.Count;
            resolved += lawResolved;
        }

        TestContext.Out.WriteLine($"all: {resolved} of {total} external article references resolved ({Share(resolved, total):P1}); first misses:");
        foreach (var group in misses.GroupBy(m => m.Substring(m.IndexOf('(', StringComparison.Ordinal), m.IndexOf("):", StringComparison.Ordinal) - m.IndexOf('(', StringComparison.Ordinal))).OrderByDescending(g => g.Count()).Take(20))
        {
            TestContext.Out.WriteLine($"  {group.Count()} x {group.Key}");
        }

        foreach (var miss in misses.Take(MissesShown))
        {
            TestContext.Out.WriteLine("  " + miss);
        }

        Assert.That(total, Is.GreaterThan(0), "the corpus has external references");
        Assert.That(Share(resolved, total), Is.GreaterThanOrEqualTo(RequiredResolution));
    }

    [Test]
    public void Stripping_keeps_the_text_of_every_reference()
    {
        var law = Laws().First(l => l.Bwb == "BWBR0001903");
        var first = law.References.First(r => r.Article == "13a");

        Assert.That(law.Text.Substring(first.Start, first.End - first.Start), Is.EqualTo("artikel 13a"));
    }

    // The citation that covers the reference's text and cites its article.
    private static ArticleCitation? Covering(IReadOnlyList<ArticleCitation> articles, MarkedReference reference)
    {
        foreach (var citation in articles)
        {
            if (citation.Span.Start > reference.Start)
            {
                break;
            }

            if (citation.Span.End >= reference.End && MarkedReferenceMatch.Cites(citation, reference.Article!))
            {
                return citation;
            }
        }

        return null;
    }

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
