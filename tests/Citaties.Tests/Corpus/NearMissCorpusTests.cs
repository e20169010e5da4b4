using Citaties.Model;
using Citaties.Scanning;

namespace Citaties.Tests.Corpus;

/// <summary>
/// CIT0001 must stay quiet on running text. Over the whole corpus (seeds, case law, Handelingen) every near miss
/// is printed with its context; none of these documents holds a broken citation, so the list must be empty.
/// And the same documents with their citations cut off after <c>nr.</c> must give one near miss per cut.
/// </summary>
[TestFixture]
public class NearMissCorpusTests
{
    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    [TestCase("handelingen")]
    public void The_corpus_gives_no_near_miss(string folder)
    {
        var files = Files(folder);
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
        misses.ForEach(TestContext.Out.WriteLine);
        Assert.That(misses, Is.Empty);
    }

    [TestCase("seeds")]
    [TestCase("rechtspraak")]
    public void Real_citations_cut_off_after_nr_are_near_misses(string folder)
    {
        var cuts = 0;
        foreach (var file in Files(folder))
        {
            var text = File.ReadAllText(file);
            foreach (var citation in CitationFinder.Extract(text).Where(c => c is KamerstukCitation { Label: not null } or AanhangselCitation or HandelingenCitation))
            {
                var nr = citation.Text.IndexOf("nr.", StringComparison.Ordinal);
                if (nr < 0)
                {
                    continue;
                }

                // Keep the text up to and including "nr.", drop the number, go on with the rest of the document.
                var cutAt = citation.Span.Start + nr + 3;
                var numberEnd = cutAt;
                while (numberEnd < text.Length && (char.IsWhiteSpace(text[numberEnd]) || char.IsLetterOrDigit(text[numberEnd])))
                {
                    numberEnd++;
                }

                var broken = text[..cutAt] + text[numberEnd..];
                var misses = CitationExtractor.Default.ExtractWithNearMisses(broken).NearMisses;
                Assert.That(misses.Any(m => m.Span.Start == citation.Span.Start && m.Span.End == cutAt), Is.True,
                    $"no near miss for '{citation.Text}' cut to '{text[citation.Span.Start..cutAt]}' in {Path.GetFileName(file)}");
                cuts++;
            }
        }

        TestContext.Out.WriteLine($"{folder}: {cuts} citations cut off");
        Assert.That(cuts, Is.GreaterThan(0));
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(CorpusPaths.RequireCorpus(folder), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
}
