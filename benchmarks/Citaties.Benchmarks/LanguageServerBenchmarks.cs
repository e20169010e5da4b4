using System.Globalization;
using BenchmarkDotNet.Attributes;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Documents;
using Citaties.LanguageServer.Protocol;
using Citaties.OpenXml.Reading;
using Citaties.Rules;
using Citaties.SampleDocx.Samples;
using DocumentFormat.OpenXml.Packaging;
using Range = Citaties.LanguageServer.Protocol.Range;

namespace Citaties.Benchmarks;

/// <summary>
/// The language server after one keystroke in a document of about 100 pages (the text of the generated long
/// draft, as plain text): the incremental edit applied to the open document, and the document linted again, through
/// the server's own store and lint path (not over the wire, and without the debounce). Issue #19 sets the target
/// at 20 ms. The baseline is the edit alone; "full lint" reads every paragraph again, as a first lint does. With
/// blank lines between paragraphs (Markdown, most text files) the server reads again only the paragraph typed in;
/// a text with one paragraph per line and no blank line is one paragraph to the scanner (a citation may run over
/// a line break), so there the keystroke costs a full lint.
/// </summary>
[MemoryDiagnoser]
// As ExtractionBenchmarks: the lint path's many small methods are still being compiled after a few iterations.
[WarmupCount(30)]
public class LanguageServerBenchmarks
{
    private const string Uri = "file:///benchmark/draft.txt";
    private DocumentStore store = new();
    private LintScheduler scheduler = null!;
    private Range at = null!;
    private int version;

    /// <summary>What stands between two paragraphs: a blank line, or a line break only.</summary>
    [Params("blank line", "line break")]
    public string Paragraphs { get; set; } = "blank line";

    [GlobalSetup]
    public void Setup()
    {
        using var draft = WordprocessingDocument.Open(new MemoryStream(LongDraft.Create(LongDraft.DefaultParagraphs).ToArray(), writable: false), false);
        var text = DocxTextReader.Read(draft).Text.Replace("\u2029", Paragraphs == "blank line" ? "\n\n" : "\n", StringComparison.Ordinal);
        store = new DocumentStore();
        version = 1;
        store.Open(new TextDocumentItem(Uri, "plaintext", 1, text));
        scheduler = new LintScheduler(_ => LintOptions.Default, _ => Task.CompletedTask, exception => throw exception, TimeSpan.Zero);

        // The keystroke lands in the middle of the document, at the start of a line.
        var middle = text.Split('\n').Length / 2;
        at = new Range(new Position(middle, 0), new Position(middle, 0));
        var findings = scheduler.Current(store.Find(Uri)!).Result.Findings.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// language server: {text.Length:N0} characters, {text.Split('\n').Length:N0} lines, {findings:N0} findings"));
    }

    [Benchmark(Baseline = true, Description = "keystroke: edit only")]
    public int Edit() => Type().Text.Length;

    [Benchmark(Description = "keystroke: edit + lint")]
    public int EditAndLint() => scheduler.Current(Type()).Result.Findings.Count;

    [Benchmark(Description = "keystroke: edit + full lint")]
    public int EditAndFullLint() => DocumentAnalyzer.Analyze(Type(), new IncrementalLinter(LintOptions.Default)).Result.Findings.Count;

    // Types a character, then deletes it on the next call, so that every iteration sees the same document.
    private OpenDocument Type()
    {
        version++;
        var change = version % 2 == 1
            ? new TextDocumentContentChangeEvent(at, "x")
            : new TextDocumentContentChangeEvent(new Range(at.Start, new Position(at.Start.Line, 1)), string.Empty);
        return store.Change(new VersionedTextDocumentIdentifier(Uri, version), new[] { change })!;
    }
}
