using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>
/// No false citations in the seeds: every citation extracted from a seed document stands where gold.tsv
/// lists one (its span overlaps a gold row's text), or is an abbreviation definition (gold.tsv lists only
/// the definitions of laws and bills; "(hierna: ACM)" for an organisation is a definition too).
/// </summary>
[TestFixture]
public class SeedPrecisionTests
{
    private static IEnumerable<TestCaseData> SeedFiles()
    {
        var root = CorpusPaths.CorpusRoot;
        if (root is null)
        {
            yield return new TestCaseData("(corpus absent)").SetName("seeds (corpus absent)");
            yield break;
        }

        foreach (var file in Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return new TestCaseData(Path.GetFileName(file)).SetName("no false citations in " + Path.GetFileName(file));
        }
    }

    [TestCaseSource(nameof(SeedFiles))]
    public void Every_citation_found_is_listed_in_gold(string file)
    {
        var path = CorpusPaths.RequireCorpus("seeds", file);
        var text = File.ReadAllText(path);
        var gold = GoldTable.Load()
            .Where(row => row.File == file)
            .SelectMany(row => GoldTable.Locate(text, row.Text))
            .ToList();

        var unexpected = CitationFinder.Extract(text)
            .Where(c => c.Kind != CitationKind.Definition)
            .Where(c => !gold.Any(g => c.Span.Start < g.End && g.Start < c.Span.End))
            .Select(c => $"{c.Kind.ToJsonName()} '{c.Text}' at {c.Span.Start}")
            .ToList();

        Assert.That(unexpected, Is.Empty);
    }
}
