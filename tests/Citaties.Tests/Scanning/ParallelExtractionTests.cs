using System.Text;
using System.Text.Json;
using Citaties.Model;
using Citaties.Scanning;
using Citaties.Serialization;
using Citaties.Tests.Corpus;

namespace Citaties.Tests.Scanning;

/// <summary>
/// A large text read on several threads, cut at paragraph breaks, gives exactly what one thread gives: the same
/// citations (every field, as the JSON output writes them) and the same near misses, in the same order. Checked on
/// every corpus document cut into pieces far smaller than a real run cuts, and on the corpus joined into one text
/// through the public option.
/// </summary>
[TestFixture]
public class ParallelExtractionTests
{
    [Test]
    public void Small_pieces_give_what_one_scan_gives_on_every_corpus_document()
    {
        var documents = AllDocuments();
        var pieces = 0;
        foreach (var document in documents)
        {
            var whole = CitationExtractor.Default.ExtractWithNearMisses(document.Text);
            var cut = CitationExtractor.Default.ExtractInPieces(document.Text, threads: 4, pieceLength: 400);
            Assert.That(Written(cut.Citations), Is.EqualTo(Written(whole.Citations)), document.Name);
            Assert.That(Written(cut.NearMisses), Is.EqualTo(Written(whole.NearMisses)), document.Name);
            pieces += TextChunks.Split(document.Text, 400).Count;
        }

        TestContext.Out.WriteLine($"{documents.Count} documents cut into {pieces:N0} pieces");
    }

    [Test]
    public void The_corpus_as_one_text_gives_the_same_citations_on_every_core_as_on_one_thread()
    {
        var text = string.Join("\n\n", AllDocuments().Select(d => d.Text));
        var oneThread = CitationFinder.Extract(text, new ExtractOptions { Parallelism = 1 });
        var automatic = CitationFinder.Extract(text);
        var eight = CitationFinder.Extract(text, new ExtractOptions { Parallelism = 8 });

        Assert.That(oneThread, Is.Not.Empty);
        Assert.That(Written(automatic), Is.EqualTo(Written(oneThread)));
        Assert.That(Written(eight), Is.EqualTo(Written(oneThread)));
    }

    [Test]
    public void The_linter_gives_the_same_findings_on_every_core_as_on_one_thread()
    {
        var text = string.Join("\n\n", CorpusDocuments.Seeds().Concat(CorpusDocuments.Rechtspraak()).Select(d => d.Text));
        var oneThread = CitationLinter.Lint(text, new Citaties.Rules.LintOptions { Extract = new ExtractOptions { Parallelism = 1 } });
        var automatic = CitationLinter.Lint(text);

        Assert.That(oneThread.Diagnostics, Is.Not.Empty);
        Assert.That(automatic.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}"), Is.EqualTo(oneThread.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}")));
    }

    [Test]
    public void Pieces_end_after_a_paragraph_break_and_cover_the_text()
    {
        var text = "Eerste alinea met artikel 1 Sv.\n\nTweede alinea,\nnog steeds de tweede.\r\n \r\nDerde\u2029Vierde zonder einde";
        var pieces = TextChunks.Split(text, 5);

        Assert.That(pieces.Select(p => text[p.Start..p.End]), Is.EqualTo(new[]
        {
            "Eerste alinea met artikel 1 Sv.\n",
            "\nTweede alinea,\nnog steeds de tweede.\r\n",
            " \r\nDerde\u2029",
            "Vierde zonder einde",
        }));
    }

    [Test]
    public void A_negative_parallelism_is_refused()
    {
        Assert.That(() => new ExtractOptions { Parallelism = -1 }, Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static List<CorpusDocument> AllDocuments()
    {
        var documents = CorpusDocuments.Seeds().Concat(CorpusDocuments.Handelingen()).Concat(CorpusDocuments.Rechtspraak()).Concat(CorpusDocuments.Laws()).ToList();
        if (documents.Count == 0)
        {
            CorpusPaths.RequireCorpus();
        }

        return documents;
    }

    private static List<string> Written(IEnumerable<Citation> citations) => citations.Select(c =>
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, c);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }).ToList();

    private static List<string> Written(IEnumerable<NearMiss> misses) =>
        misses.Select(m => $"{m.Span} {m.Family} {string.Join("|", m.Expectations)}").ToList();
}
