using Citaties.Scanning;

namespace Citaties.Tests.Corpus;

/// <summary>
/// CIT0001 must stay quiet on running text: over the whole corpus (seeds, case law, Handelingen) every near miss
/// the extractor reports is printed, and each must be a citation that really breaks off.
/// </summary>
[TestFixture]
public class NearMissCorpusTests
{
    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    [TestCase("handelingen")]
    public void Near_misses_in_the_corpus_are_broken_citations(string folder)
    {
        var root = CorpusPaths.RequireCorpus(folder);
        var files = Directory.EnumerateFiles(root, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var misses = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var miss in CitationExtractor.Default.ExtractWithNearMisses(text).NearMisses)
            {
                var context = text.Substring(miss.Span.Start, Math.Min(text.Length - miss.Span.Start, miss.Span.Length + 30)).ReplaceLineEndings(" ");
                misses.Add($"{Path.GetFileName(file)} [{miss.Family}] {context} | expected {string.Join(", ", miss.Expectations)}");
            }
        }

        TestContext.Out.WriteLine($"{folder}: {misses.Count} near misses in {files.Count} files");
        foreach (var line in misses)
        {
            TestContext.Out.WriteLine(line);
        }

        Assert.That(misses, Has.Count.LessThanOrEqualTo(1000));
    }
}
