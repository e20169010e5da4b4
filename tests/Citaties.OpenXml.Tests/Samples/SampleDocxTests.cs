using System.IO.Compression;
using Citaties.Model;
using Citaties.OpenXml.Reading;
using Citaties.SampleDocx.Samples;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Tests.Samples;

/// <summary>
/// samples/wetsvoorstel.docx: the committed file is what the tool makes from samples/wetsvoorstel.txt, it is
/// a valid document, and the reader gets every story out of it, each piece of text once.
/// </summary>
[TestFixture]
public class SampleDocxTests
{
    private string folder = null!;
    private string regenerated = null!;

    [OneTimeSetUp]
    public void Regenerate()
    {
        folder = Path.Combine(Path.GetTempPath(), "citaties-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        regenerated = Path.Combine(folder, "wetsvoorstel.docx");
        WetsvoorstelDocument.Write(SamplePaths.WetsvoorstelText, regenerated);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private static DocxText Read(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return DocxTextReader.Read(document);
    }

    private DocxText Sample() => Read(regenerated);

    private static IEnumerable<string> TextLines() =>
        File.ReadAllLines(SamplePaths.WetsvoorstelText).Select(l => l.TrimEnd()).Where(l => l.Length > 0);

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Test]
    public void The_regenerated_document_reads_as_the_committed_sample() =>
        Assert.That(Read(regenerated).Text, Is.EqualTo(Read(SamplePaths.WetsvoorstelDocx).Text));

    [Test]
    public void The_regenerated_document_has_the_same_parts_and_XML_as_the_committed_sample()
    {
        static Dictionary<string, string> Parts(string path)
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.Entries.ToDictionary(e => e.FullName, e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            });
        }

        var committed = Parts(SamplePaths.WetsvoorstelDocx);
        var fresh = Parts(regenerated);

        Assert.That(fresh.Keys, Is.EqualTo(committed.Keys));
        foreach (var (name, xml) in fresh)
        {
            Assert.That(xml, Is.EqualTo(committed[name]), name + " differs; run: dotnet run --project tools/Citaties.SampleDocx");
        }
    }

    [Test]
    public void Building_twice_gives_the_same_bytes()
    {
        var text = File.ReadAllText(SamplePaths.WetsvoorstelText);

        Assert.That(WetsvoorstelDocument.Build(text).ToArray(), Is.EqualTo(File.ReadAllBytes(regenerated)));
    }

    [Test]
    public void The_document_is_valid()
    {
        using var document = WordprocessingDocument.Open(regenerated, false);

        Assert.That(Revisions.ValidationErrors(document), Is.Empty);
    }

    [Test]
    public void The_document_has_every_part_of_a_real_draft()
    {
        using var document = WordprocessingDocument.Open(regenerated, false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.Type!.Value);
        var footnotes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().ToList();
        var body = main.Document.Body!;

        Assert.Multiple(() =>
        {
            Assert.That(styles["Heading1"], Is.EqualTo(StyleValues.Paragraph));
            Assert.That(styles["Heading2"], Is.EqualTo(StyleValues.Paragraph));
            Assert.That(styles["Hyperlink"], Is.EqualTo(StyleValues.Character));
            Assert.That(styles["CommentReference"], Is.EqualTo(StyleValues.Character));
            Assert.That(footnotes.Take(2).Select(f => f.Type!.Value), Is.EqualTo(new[] { FootnoteEndnoteValues.Separator, FootnoteEndnoteValues.ContinuationSeparator }));
            Assert.That(body.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value), Does.Contain("Heading1").And.Contain("Heading2").And.Contain("Title"));
            Assert.That(body.Descendants<Table>().Count(), Is.EqualTo(1));
            Assert.That(body.Descendants<InsertedRun>().Count(), Is.EqualTo(1));
            Assert.That(body.Descendants<DeletedRun>().Count(), Is.EqualTo(1));
            Assert.That(body.Descendants<DocumentFormat.OpenXml.AlternateContentFallback>().Count(), Is.EqualTo(1));
            Assert.That(body.Descendants<TextBoxContent>().Count(), Is.EqualTo(2), "the text box, once as DrawingML and once as VML");
            Assert.That(main.HeaderParts.Count(), Is.EqualTo(1));
            Assert.That(main.FooterParts.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Every_line_of_the_text_file_is_in_the_extracted_text()
    {
        var text = Sample().Text;

        Assert.That(TextLines().Where(line => !text.Contains(line, StringComparison.Ordinal)), Is.Empty);
    }

    // Grows with every citation kind the extractor learns: each citation found in a paragraph of the text
    // file must be found in the document too, although the document splits some over runs and stories.
    [Test]
    public void Every_citation_of_the_text_file_is_found_in_the_document()
    {
        var fromText = DraftText.Parse(File.ReadAllText(SamplePaths.WetsvoorstelText))
            .SelectMany(p => CitationFinder.Extract(p.Text))
            .Select(c => c.Canonical);
        var fromDocument = CitationFinder.Extract(Sample().Text).Select(c => c.Canonical).ToList();

        Assert.That(fromDocument, Is.Not.Empty);
        Assert.That(fromDocument, Is.SupersetOf(fromText));
    }

    [Test]
    public void The_text_box_is_read_once_after_the_paragraph_that_holds_it()
    {
        var text = Sample();

        Assert.That(Occurrences(text.Text, WetsvoorstelDocument.TextBoxText), Is.EqualTo(1));
        var box = text.ParagraphAt(text.Text.IndexOf(WetsvoorstelDocument.TextBoxText, StringComparison.Ordinal))!;
        var host = text.Paragraphs[text.Paragraphs.ToList().IndexOf(box) - 2];
        Assert.That(box.Story, Is.EqualTo(DocxStory.Body));
        Assert.That(text.Text.Substring(host.Span.Start, host.Span.Length), Does.StartWith("Het eerste lid van artikel 125p Sv"));
    }

    [Test]
    public void The_footnote_table_header_and_footer_are_read_in_their_stories()
    {
        var text = Sample();
        DocxParagraph At(string value) => text.ParagraphAt(text.Text.IndexOf(value, StringComparison.Ordinal))!;

        Assert.Multiple(() =>
        {
            Assert.That(At(WetsvoorstelDocument.FootnoteText).Story, Is.EqualTo(DocxStory.Footnotes));
            Assert.That(At(WetsvoorstelDocument.HeaderText).Story, Is.EqualTo(DocxStory.Header));
            Assert.That(At("artikel 125p Sv, BWBR0001903").Element.Ancestors<TableCell>().Count(), Is.EqualTo(1));
            Assert.That(At("Pagina 1").Story, Is.EqualTo(DocxStory.Footer));
            Assert.That(text.Text, Does.Not.Contain("PAGE"));
        });
    }

    [Test]
    public void The_tracked_insertion_is_read_and_the_deletion_is_not()
    {
        var text = Sample().Text;

        Assert.That(Occurrences(text, WetsvoorstelDocument.InsertedText), Is.EqualTo(1));
        Assert.That(text, Does.Not.Contain(WetsvoorstelDocument.DeletedText));
    }

    [TestCase("Kamerstukken II 2023/24, 28 684, nr. 745", 3)]
    [TestCase("Handelingen II 2023/24, nr. 34, item 12", 2)]
    [TestCase("ECLI:NL:HR:2016:162", 2)]
    [TestCase("artikel 6:162 BW", 3)]
    [TestCase("Verordening (EU) 2022/2065", 3)]
    public void Split_citations_are_one_string_over_several_runs(string citation, int runs)
    {
        var text = Sample();
        var start = text.Text.IndexOf(citation, StringComparison.Ordinal);
        var pieces = text.PiecesIn(new TextSpan(start, citation.Length));

        Assert.That(pieces.Select(p => p.Element.Parent).Distinct().Count(), Is.EqualTo(runs));
        Assert.That(pieces.Select(p => ((Run)p.Element.Parent!).RunProperties).Count(p => p?.Bold is not null || p?.Italic is not null), Is.GreaterThan(0));
    }

    [Test]
    public void The_BWB_ids_are_found_in_every_story_and_map_back_to_their_runs()
    {
        var text = Sample();
        var citations = CitationFinder.Extract(text.Text).Where(c => c.Kind == CitationKind.Bwb).ToList();

        var stories = citations.Select(c => text.ParagraphAt(c.Span.Start)!.Story).Distinct();
        Assert.That(stories, Is.EquivalentTo(new[] { DocxStory.Body, DocxStory.Footnotes, DocxStory.Header }));
        Assert.That(citations, Has.Count.EqualTo(6), "header, footnote, two table cells, text box, insertion (not the link's address)");
        foreach (var citation in citations)
        {
            var pieces = text.PiecesIn(citation.Span);
            var mapped = string.Concat(pieces.Select(p => ((Text)p.Element).Text.Substring(
                p.ElementOffset + Math.Max(0, citation.Span.Start - p.TextStart),
                Math.Min(p.TextEnd, citation.Span.End) - Math.Max(p.TextStart, citation.Span.Start))));
            Assert.That(mapped, Is.EqualTo(citation.Text));
        }
    }
}
