using Citaties.Model;
using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Citaties.OpenXml.Tests.TestDocuments;

namespace Citaties.OpenXml.Tests.Reading;

[TestFixture]
public class DocxTextReaderTests
{
    private static DocxText ReadBody(params OpenXmlElement[] content) => Read(Create(content));

    private static DocxText Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        return DocxTextReader.Read(document);
    }

    [Test]
    public void A_citation_split_over_runs_is_one_string_mapped_back_to_each_run()
    {
        var text = ReadBody(Paragraph(Run("Zie Kamer"), Run("stuk 28 638", bold: true), Run(", nr. 178.")));

        Assert.That(text.Text, Is.EqualTo("Zie Kamerstuk 28 638, nr. 178."));
        var pieces = text.PiecesIn(new TextSpan(4, 25));
        Assert.That(pieces.Select(p => ((Text)p.Element).Text), Is.EqualTo(new[] { "Zie Kamer", "stuk 28 638", ", nr. 178." }));
        Assert.That(pieces.Select(p => p.TextStart), Is.EqualTo(new[] { 0, 9, 20 }));
    }

    [Test]
    public void Paragraphs_are_separated_by_the_paragraph_separator_and_know_their_index()
    {
        var text = ReadBody(Paragraph(Run("een")), Paragraph(Run("twee")), Paragraph());

        Assert.That(text.Text, Is.EqualTo("een\u2029twee\u2029"));
        Assert.That(text.Paragraphs.Select(p => (p.Index, p.Span.Start, p.Span.Length)), Is.EqualTo(new[] { (0, 0, 3), (1, 4, 4), (2, 9, 0) }));
        Assert.That(text.ParagraphAt(5)!.Index, Is.EqualTo(1));
    }

    [Test]
    public void Deleted_text_field_codes_and_hidden_text_are_left_out_and_insertions_kept()
    {
        var content = new List<OpenXmlElement> { Run("Stb. "), Deletion("1999"), Insertion("2023"), Run(", 123", hidden: false), Run(" geheim", hidden: true) };
        content.AddRange(Field(" HYPERLINK \"https://example.org\" ", " (zie daar)"));
        var text = ReadBody(Paragraph(content.ToArray()));

        Assert.That(text.Text, Is.EqualTo("Stb. 2023, 123 (zie daar)"));
    }

    [Test]
    public void Tables_hyperlinks_and_content_controls_are_read_in_order()
    {
        var table = new Table(new TableRow(
            new TableCell(Paragraph(Run("cel een"))),
            new TableCell(Paragraph(new Hyperlink(Run("ECLI:NL:HR:2016:162")) { Anchor = "x" }))));
        var control = new SdtBlock(new SdtContentBlock(Paragraph(Run("in een control"))));

        var text = ReadBody(Paragraph(Run("voor")), table, control);

        Assert.That(text.Text, Is.EqualTo("voor\u2029cel een\u2029ECLI:NL:HR:2016:162\u2029in een control"));
    }

    [Test]
    public void Footnotes_come_after_the_body_and_separators_are_skipped()
    {
        var stream = Create(new[] { Paragraph(Run("Tekst.")) }, main =>
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(
                new Footnote(Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(Paragraph(Run("Kamerstuk 34 193, nr. 9."))) { Id = 1 });
        });

        var text = Read(stream);

        Assert.That(text.Text, Is.EqualTo("Tekst.\u2029Kamerstuk 34 193, nr. 9."));
        Assert.That(text.Paragraphs[1].Story, Is.EqualTo(DocxStory.Footnotes));
        Assert.That(text.Paragraphs[1].PartUri, Does.EndWith("footnotes.xml"));
    }

    [Test]
    public void Headers_footers_and_comments_are_read()
    {
        var stream = Create(new[] { Paragraph(Run("Romp.")) }, main =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(Run("Kop")));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Paragraph(Run("Voet")));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(Paragraph(Run("Opmerking"))) { Id = "1", Author = "A" });
        });

        var text = Read(stream);

        Assert.That(text.Text, Is.EqualTo("Romp.\u2029Opmerking\u2029Kop\u2029Voet"));
        Assert.That(text.Paragraphs.Select(p => p.Story), Is.EqualTo(new[] { DocxStory.Body, DocxStory.Comments, DocxStory.Header, DocxStory.Footer }));
    }

    [Test]
    public void Tabs_breaks_and_special_hyphens_become_characters()
    {
        var run = new Run(new Text("a"), new TabChar(), new Text("b"), new Break(), new Text("c"), new NoBreakHyphen(), new Text("d"));

        var text = ReadBody(Paragraph(run));

        Assert.That(text.Text, Is.EqualTo("a\tb\nc\u2011d"));
        Assert.That(text.Pieces[1].Element, Is.InstanceOf<TabChar>());
    }
}
