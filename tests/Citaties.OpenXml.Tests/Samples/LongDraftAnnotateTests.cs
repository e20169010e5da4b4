using Citaties.OpenXml.Editing;
using Citaties.OpenXml.Reading;
using Citaties.SampleDocx.Samples;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Tests.Samples;

/// <summary>
/// The generated draft of about 100 pages (the benchmark's document) through the annotate path: the result is
/// valid, and reads as the same text plus the comments story.
/// </summary>
[TestFixture]
public class LongDraftAnnotateTests
{
    private byte[] draft = null!;
    private DocxText before = null!;

    [OneTimeSetUp]
    public void Generate()
    {
        draft = LongDraft.Create().ToArray();
        before = StoryText.Read(draft);
    }

    [Test]
    public void The_draft_is_about_a_hundred_pages_of_text_with_citations_in_every_story()
    {
        var citations = CitationFinder.Extract(before.Text);

        Assert.That(before.Paragraphs.Count(p => p.Story == DocxStory.Body), Is.GreaterThanOrEqualTo(LongDraft.DefaultParagraphs));
        Assert.That(before.Text, Has.Length.InRange(250_000, 450_000), "about 3,000 characters a page");
        Assert.That(citations.Select(c => before.ParagraphAt(c.Span.Start)!.Story).Distinct(), Is.SupersetOf(new[] { DocxStory.Body, DocxStory.Footnotes, DocxStory.Header }));
        Assert.That(citations.Count(c => before.PiecesIn(c.Span).Count > 1), Is.GreaterThan(10), "some citations are split over runs");
    }

    [Test]
    public void Annotating_gives_a_valid_document_with_the_same_text_and_one_comment_per_finding()
    {
        using var output = new MemoryStream();

        var result = DocxCitations.Annotate(new MemoryStream(draft, writable: false), output, "lang.docx");

        using var document = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var after = DocxTextReader.Read(document);
        var comments = document.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<Comment>().ToList() ?? new List<Comment>();
        Assert.Multiple(() =>
        {
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
            Assert.That(result.Text.Text, Is.EqualTo(before.Text));
            Assert.That(StoryText.WithoutComments(after), Is.EqualTo(before.Text));
            Assert.That(comments, Has.Count.EqualTo(result.Diagnostics.Count));
            Assert.That(StoryText.CommentLines(after), Is.EqualTo(comments.SelectMany(c => c.Elements<Paragraph>()).Select(p => p.InnerText)));
        });
    }

    // What annotating does for each finding, done for every citation in the body and the header: the
    // comments land on the exact text, split runs and text boxes included, the header ones are skipped (Word
    // has no comments there), and the document stays valid. Footnotes are left out: Word accepts comment
    // marks in notes, but the SDK validator looks for the comments part from the notes part and reports them.
    [Test]
    public void Commenting_every_citation_keeps_the_document_valid_and_anchors_each_on_its_text()
    {
        using var stream = new MemoryStream();
        stream.Write(draft);
        List<(string Text, string Id)> expected;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var text = DocxTextReader.Read(document);
            var citations = CitationFinder.Extract(text.Text).Where(c => text.ParagraphAt(c.Span.Start)!.Story is DocxStory.Body or DocxStory.Header).ToList();
            var inBody = citations.Where(c => text.ParagraphAt(c.Span.Start)!.Story == DocxStory.Body).ToList();
            var editor = new DocxEditor(document, text);
            foreach (var citation in citations)
            {
                editor.Comment(citation.Span, "Gevonden: " + citation.Canonical);
            }

            editor.Apply();
            Assert.That(editor.Skipped, Has.Count.EqualTo(citations.Count - inBody.Count).And.Count.GreaterThan(0));

            // Comments are added in text order, so the comments part lists them in that order.
            var ids = document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => c.Id!.Value!).ToList();
            Assert.That(ids, Has.Count.EqualTo(inBody.Count));
            expected = inBody.Select(c => c.Text).Zip(ids, (t, id) => (t, id)).ToList();
            document.Save();
        }

        using var saved = WordprocessingDocument.Open(new MemoryStream(stream.ToArray()), false);
        var after = DocxTextReader.Read(saved);
        var anchored = StoryText.AnchoredText(saved);
        Assert.Multiple(() =>
        {
            Assert.That(Revisions.ValidationErrors(saved), Is.Empty);
            Assert.That(StoryText.WithoutComments(after), Is.EqualTo(before.Text));
            Assert.That(StoryText.CommentLines(after), Has.All.StartWith("Gevonden: "));
            Assert.That(expected.Where(e => anchored[e.Id] != e.Text), Is.Empty);
        });
    }
}
