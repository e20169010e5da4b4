using System.Globalization;
using BenchmarkDotNet.Attributes;
using Citaties.OpenXml;
using Citaties.OpenXml.Editing;
using Citaties.OpenXml.Reading;
using Citaties.SampleDocx.Samples;
using DocumentFormat.OpenXml.Packaging;

namespace Citaties.Benchmarks;

/// <summary>
/// Word documents: the generated draft of about 100 pages (3,500 paragraphs, citations of every kind, some
/// split over runs, footnotes, tables, text boxes, tracked changes), from bytes in memory to bytes in memory.
/// The baseline is what the SDK alone costs to open and save it; the rest add reading the text, the whole
/// lint-and-annotate path, and a comment on every citation (what annotating costs once rules report much).
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private byte[] document = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        document = LongDraft.Create(LongDraft.DefaultParagraphs).ToArray();
        using var open = WordprocessingDocument.Open(new MemoryStream(document, writable: false), false);
        var text = DocxTextReader.Read(open);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// docx: {document.Length:N0} bytes, {text.Paragraphs.Count:N0} paragraphs, {text.Text.Length:N0} characters, {CitationFinder.Extract(text.Text).Count:N0} citations found"));
    }

    [Benchmark(Baseline = true, Description = "open + save (SDK)")]
    public long OpenAndSave()
    {
        using var stream = Copy();
        using (var open = WordprocessingDocument.Open(stream, true))
        {
            open.Save();
        }

        return stream.Length;
    }

    [Benchmark(Description = "open + parse + save (SDK)")]
    public long OpenParseAndSave()
    {
        using var stream = Copy();
        using (var open = WordprocessingDocument.Open(stream, true))
        {
            // Loading the root elements makes Save serialise them again, as any edit does.
            var main = open.MainDocumentPart!;
            _ = main.Document.Body;
            _ = main.FootnotesPart?.Footnotes;
            _ = main.HeaderParts.Select(h => h.Header).Count();
            _ = main.FooterParts.Select(f => f.Footer).Count();
            open.Save();
        }

        return stream.Length;
    }

    [Benchmark(Description = "open + read text")]
    public int ReadText()
    {
        using var open = WordprocessingDocument.Open(new MemoryStream(document, writable: false), false);
        return DocxTextReader.Read(open).Text.Length;
    }

    [Benchmark(Description = "lint + annotate + save")]
    public long LintAnnotateAndSave()
    {
        using var output = new MemoryStream();
        DocxCitations.Annotate(new MemoryStream(document, writable: false), output, "lang.docx");
        return output.Length;
    }

    [Benchmark(Description = "comment every body citation + save")]
    public long CommentEveryCitation()
    {
        using var stream = Copy();
        using (var open = WordprocessingDocument.Open(stream, true))
        {
            var text = DocxTextReader.Read(open);
            var editor = new DocxEditor(open, text);
            foreach (var citation in CitationFinder.Extract(text.Text))
            {
                if (text.ParagraphAt(citation.Span.Start)?.Story == DocxStory.Body)
                {
                    editor.Comment(citation.Span, citation.Canonical);
                }
            }

            editor.Apply();
            open.Save();
        }

        return stream.Length;
    }

    private MemoryStream Copy()
    {
        var stream = new MemoryStream(document.Length * 2);
        stream.Write(document);
        stream.Position = 0;
        return stream;
    }
}
