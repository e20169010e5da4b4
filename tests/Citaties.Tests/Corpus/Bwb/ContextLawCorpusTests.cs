using Citaties.Catalog;
using Citaties.Catalog.Bwb;
using Citaties.Model;

namespace Citaties.Tests.Corpus.Bwb;

/// <summary>
/// Issue 16 item 3: inside a law text, references resolve to the law the publisher marked. Every
/// <c>intref</c>/<c>extref</c> of ../shared/corpus/bwb with a BWB id counts, also those to the law itself
/// (<c>artikel 5</c>, <c>van deze wet</c>) and those without an article. Each article is extracted on its own, as the
/// BWB reader hands a law to the extractor, with the file's law as <see cref="ExtractOptions.ContextLaw"/>, the
/// article's number as <see cref="ExtractOptions.ContextArticle"/> and the article lists of the corpus imported as a
/// catalog layer (<c>het vorige artikel</c> needs them).
/// </summary>
[TestFixture]
public class ContextLawCorpusTests
{
    private const double Required = 0.95;
    // Per kind of miss; the marked text is shown in brackets, then the text around it.
    private const int MissesShown = 40;

    private enum Outcome
    {
        Resolved,
        WrongLaw,
        Unresolved,
        NotFound,
    }

    [Test]
    public void Marked_references_resolve_to_the_marked_law()
    {
        var folder = CorpusPaths.RequireCorpus("bwb");
        // As catalog import writes them: these old-format files have no citeertitel, so the import keeps the title the
        // embedded catalog knows each law by.
        var catalog = LawCatalog.Default.Extend(new BwbImporter().ImportFiles(new[] { folder }));
        var articleTotals = new Tally();
        var otherTotals = new Tally();
        var misses = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.xml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var law = MarkedLawText.Read(path);
            var articles = new Tally();
            var others = new Tally();
            foreach (var (reference, outcome, found) in Judge(law, catalog))
            {
                (reference.Article is null ? others : articles).Add(outcome);
                if (outcome != Outcome.Resolved)
                {
                    var marked = law.Text[reference.Start..reference.End].ReplaceLineEndings(" ");
                    misses.Add($"{outcome} {law.Bwb} {reference.Element} -> {reference.Bwb} art. {reference.Article ?? "-"} ({found}): [{marked}] '{MarkedReferenceMatch.Context(law.Text, reference, 50, 50)}'");
                }
            }

            TestContext.Out.WriteLine($"{law.Bwb}: article references {articles}");
            TestContext.Out.WriteLine($"{law.Bwb}: references without an article (a law, counted when a law named alone or an article citation overlaps it, or a division) {others}");
            articleTotals.Add(articles);
            otherTotals.Add(others);
        }

        var all = new Tally();
        all.Add(articleTotals);
        all.Add(otherTotals);
        TestContext.Out.WriteLine($"all article references: {articleTotals}");
        TestContext.Out.WriteLine($"all references without an article: {otherTotals}");
        TestContext.Out.WriteLine($"all references with a BWB id: {all}");
        foreach (var group in misses.GroupBy(m => m[..m.IndexOf(' ', StringComparison.Ordinal)]).OrderByDescending(g => g.Count()))
        {
            TestContext.Out.WriteLine($"{group.Key}: {group.Count()}, first:");
            foreach (var miss in group.Take(MissesShown))
            {
                TestContext.Out.WriteLine("  " + miss);
            }
        }

        Assert.That(articleTotals.Total, Is.GreaterThan(0), "the corpus has marked article references");
        Assert.That(all.Share, Is.GreaterThanOrEqualTo(Required), "references with a BWB id resolved to the marked law (issue 16: over all of them)");
        Assert.That(articleTotals.Share, Is.GreaterThanOrEqualTo(Required), "article references resolved to the marked law");
    }

    // Every marked reference of the law, with how it fared and what covered it.
    private static IEnumerable<(MarkedReference Reference, Outcome Outcome, string Found)> Judge(MarkedLawText law, LawCatalog catalog)
    {
        var pieces = Pieces(law, catalog);
        var next = 0;
        foreach (var reference in law.References.OrderBy(r => r.Start))
        {
            while (next + 1 < pieces.Count && pieces[next + 1].Start <= reference.Start)
            {
                next++;
            }

            var citation = Covering(pieces[next].Citations, reference);
            if (citation is null)
            {
                yield return (reference, Outcome.NotFound, "no citation");
                continue;
            }

            var (lawText, cited) = citation switch
            {
                ArticleCitation article => (article.LawText + " " + article.LawForm, article.Law),
                LawCitation named => (named.LawText + " (named alone)", named.Law),
                _ => (citation.Text, null),
            };
            var found = $"law text '{lawText}' -> {cited?.Bwb ?? cited?.Title ?? "unresolved"}";
            var outcome = cited is null ? Outcome.Unresolved
                : string.Equals(cited.Bwb, reference.Bwb, StringComparison.Ordinal) ? Outcome.Resolved
                : Outcome.WrongLaw;
            yield return (reference, outcome, found);
        }
    }

    // The text split where each article starts (the text before the first is a piece too, so no reference is left
    // out), each piece extracted on its own with the offsets of the whole text.
    private static List<(int Start, List<Citation> Citations)> Pieces(MarkedLawText law, LawCatalog catalog)
    {
        var starts = new List<(int Start, string? Label)> { (0, null) };
        starts.AddRange(law.Articles.Where(a => a.Start > 0).Select(a => (a.Start, (string?)a.Label)));
        var pieces = new List<(int Start, List<Citation> Citations)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var (start, label) = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1].Start : law.Text.Length;
            var options = new ExtractOptions
            {
                Catalog = catalog,
                ContextLaw = new LawReference { Bwb = law.Bwb },
                ContextArticle = string.IsNullOrEmpty(label) ? null : label,
            };
            var citations = CitationFinder.Extract(law.Text[start..end], options)
                .Where(c => c is ArticleCitation or LawCitation)
                .Select(c => c with { Span = new TextSpan(c.Span.Start + start, c.Span.Length) })
                .ToList();
            pieces.Add((start, citations));
        }

        return pieces;
    }

    // The first citation that overlaps the reference's text and cites its article (any article or a law named alone,
    // when the reference points at a law or a division).
    private static Citation? Covering(List<Citation> citations, MarkedReference reference)
    {
        foreach (var citation in citations)
        {
            if (citation.Span.Start < reference.End && citation.Span.End > reference.Start
                && (reference.Article is null || (citation is ArticleCitation article && MarkedReferenceMatch.Cites(article, reference.Article))))
            {
                return citation;
            }
        }

        return null;
    }

    private sealed class Tally
    {
        private readonly int[] counts = new int[4];

        public int Total => counts.Sum();

        public double Share => Total == 0 ? 1 : (double)counts[(int)Outcome.Resolved] / Total;

        public void Add(Outcome outcome) => counts[(int)outcome]++;

        public void Add(Tally other)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += other.counts[i];
            }
        }

        public override string ToString() =>
            $"{counts[0]} of {Total} resolved to the marked law ({Share:P1}); {counts[1]} found with another law, " +
            $"{counts[2]} found without a law, {counts[3]} not found";
    }
}
