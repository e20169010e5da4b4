using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>Extraction over real Handelingen and the seeds: no false Handelingen, and the bare ids of the lists.</summary>
[TestFixture]
public class ParliamentaryCorpusTests
{
    private static IEnumerable<string> CorpusFiles()
    {
        foreach (var folder in new[] { "handelingen", "seeds" })
        {
            foreach (var file in Directory.EnumerateFiles(CorpusPaths.RequireCorpus(folder), "*.txt"))
            {
                yield return file;
            }
        }
    }

    [Test]
    public void No_handelingen_citation_comes_from_the_word_in_running_text()
    {
        var found = CorpusFiles()
            .SelectMany(file => CitationFinder.Extract(File.ReadAllText(file)).OfType<HandelingenCitation>().Select(c => (file, c)))
            .ToList();

        // Every Handelingen citation must carry a vergaderjaar and start with the label; in these files none
        // is cited at all, so any hit is a false positive from words like "handelingen" or "onderhandelingen".
        Assert.That(found.Select(f => $"{Path.GetFileName(f.file)}: {f.c.Text}"), Is.Empty);
    }

    [Test]
    public void Every_parliamentary_citation_in_the_corpus_has_a_number_or_a_year()
    {
        var citations = CorpusFiles().SelectMany(file => CitationFinder.Extract(File.ReadAllText(file))).ToList();

        var kamerstukken = citations.OfType<KamerstukCitation>().ToList();
        Assert.That(kamerstukken, Is.Not.Empty);
        Assert.That(kamerstukken.Where(c => c.Number is null && c.SessionYear is null).Select(c => c.Text), Is.Empty);
        Assert.That(citations.OfType<AanhangselCitation>().Where(c => c.Number is null).Select(c => c.Text), Is.Empty);
    }

    [Test]
    public void Finds_the_ids_in_the_list_of_incoming_papers()
    {
        var text = File.ReadAllText(CorpusPaths.RequireCorpus("handelingen", "h-tk-20172018-70-14.txt"));

        var ids = CitationFinder.Extract(text).OfType<KamerstukCitation>().Select(c => c.Text).Distinct().ToList();

        Assert.That(ids, Does.Contain("21501-02-1855").And.Contain("22112-2531").And.Contain("28089-75"));
        var expected = System.Text.RegularExpressions.Regex.Matches(text, @" - (\d{5}(?:-[0-9A-Z]+)?-\d+[a-z]?)\b")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(ids, Is.SupersetOf(expected));
    }
}
