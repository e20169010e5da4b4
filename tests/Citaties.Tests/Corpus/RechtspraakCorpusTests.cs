using Citaties.Model;

namespace Citaties.Tests.Corpus;

/// <summary>
/// Extracts the 100 decisions of corpus/rechtspraak: each file is named after the decision's own ECLI
/// (<c>ECLI_NL_HR_1996_AA1742.txt</c>) and its header line names it (<c>ECLI: ECLI:NL:HR:1996:AA1742</c>).
/// </summary>
[TestFixture]
public class RechtspraakCorpusTests
{
    private static IEnumerable<string> Files()
    {
        var folder = CorpusPaths.RequireCorpus("rechtspraak");
        return Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal);
    }

    [Test]
    public void Finds_each_decisions_own_ecli()
    {
        var missing = new List<string>();
        var files = 0;
        foreach (var file in Files())
        {
            files++;
            var own = Path.GetFileNameWithoutExtension(file).Replace('_', ':');
            var text = File.ReadAllText(file);
            var found = CitationFinder.Extract(text).OfType<EcliCitation>().Select(e => e.Value);
            if (!found.Contains(own))
            {
                missing.Add(own);
            }
        }

        Assert.That(files, Is.EqualTo(100));
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Finds_every_ecli_well_formed_or_with_its_defect_recorded()
    {
        var unexplained = new List<string>();
        foreach (var file in Files())
        {
            foreach (var ecli in CitationFinder.Extract(File.ReadAllText(file)).OfType<EcliCitation>())
            {
                var wellFormed = System.Text.RegularExpressions.Regex.IsMatch(
                    ecli.Value, "^ECLI:[A-Z]{2}:[A-Z][A-Z0-9]{0,6}:[0-9]{4}:[A-Z0-9.]{1,25}$");
                if (wellFormed != ecli.IsWellFormed && ecli.Repaired is null)
                {
                    unexplained.Add($"{Path.GetFileName(file)}: {ecli.Text}");
                }
            }
        }

        Assert.That(unexplained, Is.Empty);
    }

    [Test]
    public void Extracts_the_whole_corpus_and_reports_counts_per_kind()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var defects = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Files())
        {
            var text = File.ReadAllText(file);
            foreach (var citation in CitationFinder.Extract(text))
            {
                Assert.That(text.Substring(citation.Span.Start, citation.Span.Length), Is.EqualTo(citation.Text));
                var kind = citation.Kind.ToJsonName();
                counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
                if (citation is EcliCitation { IsWellFormed: false } ecli)
                {
                    defects[ecli.Text] = defects.TryGetValue(ecli.Text, out var d) ? d + 1 : 1;
                }
            }
        }

        foreach (var (kind, count) in counts)
        {
            TestContext.Out.WriteLine($"{kind}: {count}");
        }

        foreach (var (text, count) in defects)
        {
            TestContext.Out.WriteLine($"defective ecli {text}: {count}");
        }

        Assert.That(counts.GetValueOrDefault("ecli"), Is.GreaterThanOrEqualTo(100));
        Assert.That(counts.GetValueOrDefault("ljn"), Is.GreaterThan(0));
        Assert.That(counts.GetValueOrDefault("gazette"), Is.GreaterThan(0));
    }
}
