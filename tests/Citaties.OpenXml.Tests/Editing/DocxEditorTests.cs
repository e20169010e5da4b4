using Citaties.Model;
using Citaties.OpenXml.Editing;
using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Citaties.OpenXml.Tests.TestDocuments;

namespace Citaties.OpenXml.Tests.Editing;

[TestFixture]
public class DocxEditorTests
{
    private static readonly DateTime Date = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    // "Zie Kamerbrief 31 015, nr. 201." with the citation typed in three runs, the middle one bold.
    private static MemoryStream SplitCitation() => Create(new[]
    {
        Paragraph(Run("Zie Kamer"), Run("brief 31 015", bold: true), Run(", nr. 201. Verder.")),
        Paragraph(Run("Tweede alinea.")),
    });

    private static (WordprocessingDocument Document, DocxText Text, DocxEditor Editor) Open(Stream stream)
    {
        var document = WordprocessingDocument.Open(stream, true);
        var text = DocxTextReader.Read(document);
        return (document, text, new DocxEditor(document, text) { Date = Date });
    }

    private static string Reread(WordprocessingDocument document) => DocxTextReader.Read(document).Text;

    [Test]
    public void A_comment_is_anchored_on_exactly_the_span_across_runs()
    {
        var (document, text, editor) = Open(SplitCitation());
        using (document)
        {
            editor.Comment(new TextSpan(4, 26), "CIT1006 Geen citeervorm\nSchrijf: Kamerstuk 31 015, nr. 201");
            editor.Apply();

            var body = document.MainDocumentPart!.Document.Body!;
            var paragraph = body.Elements<Paragraph>().First();
            var inRange = paragraph.ChildElements
                .SkipWhile(e => e is not CommentRangeStart)
                .Skip(1)
                .TakeWhile(e => e is not CommentRangeEnd)
                .OfType<Run>()
                .SelectMany(r => r.Elements<Text>())
                .Select(t => t.Text);
            Assert.That(string.Concat(inRange), Is.EqualTo("Kamerbrief 31 015, nr. 201"));
            var comment = document.MainDocumentPart.WordprocessingCommentsPart!.Comments.Elements<Comment>().Single();
            Assert.That(comment.Author!.Value, Is.EqualTo("Citaties"));
            Assert.That(comment.InnerText, Is.EqualTo("CIT1006 Geen citeervormSchrijf: Kamerstuk 31 015, nr. 201"));
            Assert.That(Reread(document), Is.EqualTo(text.Text + "\u2029CIT1006 Geen citeervorm\u2029Schrijf: Kamerstuk 31 015, nr. 201"));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void A_tracked_replacement_accepts_to_the_new_text_and_rejects_to_the_old()
    {
        var (document, text, editor) = Open(SplitCitation());
        using (document)
        {
            editor.Replace(new TextSpan(4, 26), "Kamerstuk 31 015, nr. 201", trackChanges: true);
            editor.Apply();
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);

            var body = document.MainDocumentPart!.Document.Body!;
            var accepted = (Body)body.CloneNode(true);
            Revisions.AcceptAll(accepted);
            var rejected = (Body)body.CloneNode(true);
            Revisions.RejectAll(rejected);

            Assert.That(accepted.Elements<Paragraph>().First().InnerText, Is.EqualTo("Zie Kamerstuk 31 015, nr. 201. Verder."));
            Assert.That(rejected.Elements<Paragraph>().First().InnerText, Is.EqualTo(text.Text.Split(DocxText.ParagraphSeparator)[0]));
            var insertion = body.Descendants<InsertedRun>().Single();
            Assert.That(insertion.Author!.Value, Is.EqualTo("Citaties"));
            Assert.That(body.Descendants<DeletedRun>().Count(), Is.EqualTo(3));
        }
    }

    [Test]
    public void A_replacement_keeps_the_formatting_of_the_replaced_text()
    {
        var stream = Create(new[] { Paragraph(Run("Zie "), Run("Stb 2011 35", bold: true), Run(".")) });
        var (document, _, editor) = Open(stream);
        using (document)
        {
            editor.Replace(new TextSpan(4, 11), "Stb. 2011, 35", trackChanges: true);
            editor.Apply();

            var inserted = document.MainDocumentPart!.Document.Body!.Descendants<InsertedRun>().Single().GetFirstChild<Run>()!;
            Assert.That(inserted.RunProperties?.Bold, Is.Not.Null);
        }
    }

    [Test]
    public void A_direct_replacement_changes_the_text_without_revisions()
    {
        var (document, _, editor) = Open(SplitCitation());
        using (document)
        {
            editor.Replace(new TextSpan(4, 26), "Kamerstuk 31 015, nr. 201", trackChanges: false);
            editor.Apply();

            Assert.That(Reread(document), Is.EqualTo("Zie Kamerstuk 31 015, nr. 201. Verder.\u2029Tweede alinea."));
            Assert.That(document.MainDocumentPart!.Document.Body!.Descendants<DeletedRun>(), Is.Empty);
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void A_link_wraps_the_span_and_leaves_existing_hyperlinks_alone()
    {
        var stream = Create(new[]
        {
            Paragraph(Run("Zie ECLI:NL:HR:2016:162 en "), new Hyperlink(Run("ECLI:NL:HR:2016:163")) { Anchor = "bestaand" }),
        });
        var (document, _, editor) = Open(stream);
        using (document)
        {
            editor.Link(new TextSpan(4, 19), new Uri("https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162"));
            editor.Link(new TextSpan(27, 19), new Uri("https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:163"));
            editor.Apply();

            var hyperlinks = document.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>().ToList();
            Assert.That(hyperlinks, Has.Count.EqualTo(2));
            Assert.That(hyperlinks[0].InnerText, Is.EqualTo("ECLI:NL:HR:2016:162"));
            var relationship = document.MainDocumentPart.HyperlinkRelationships.Single(r => r.Id == hyperlinks[0].Id!.Value);
            Assert.That(relationship.Uri.ToString(), Does.EndWith("ECLI:NL:HR:2016:162"));
            Assert.That(hyperlinks[1].Anchor!.Value, Is.EqualTo("bestaand"));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void Several_edits_in_one_paragraph_in_any_order_all_land()
    {
        var stream = Create(new[] { Paragraph(Run("Stb 2011 35 en Stb 2012 "), Run("36 en ECLI:NL:HR:2016:162.")) });
        var (document, _, editor) = Open(stream);
        using (document)
        {
            editor.Replace(new TextSpan(0, 11), "Stb. 2011, 35", trackChanges: true);
            editor.Comment(new TextSpan(30, 19), "een uitspraak");
            editor.Replace(new TextSpan(15, 11), "Stb. 2012, 36", trackChanges: true);
            editor.Comment(new TextSpan(0, 11), "vorm");
            editor.Apply();

            var body = (Body)document.MainDocumentPart!.Document.Body!.CloneNode(true);
            Revisions.AcceptAll(body);
            Assert.That(body.InnerText, Is.EqualTo("Stb. 2011, 35 en Stb. 2012, 36 en ECLI:NL:HR:2016:162."));
            Assert.That(editor.Skipped, Is.Empty);
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void Changes_across_paragraphs_or_overlapping_another_change_are_skipped()
    {
        var (document, _, editor) = Open(SplitCitation());
        using (document)
        {
            editor.Replace(new TextSpan(20, 30), "over twee alinea's", trackChanges: true);
            editor.Replace(new TextSpan(4, 10), "eerste", trackChanges: true);
            editor.Replace(new TextSpan(8, 10), "overlapt", trackChanges: true);
            editor.Apply();

            Assert.That(editor.Skipped, Is.EquivalentTo(new[] { new TextSpan(20, 30), new TextSpan(8, 10) }));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void Comments_may_overlap_each_other_and_cross_paragraphs()
    {
        var (document, text, editor) = Open(SplitCitation());
        using (document)
        {
            editor.Comment(new TextSpan(4, 26), "hele verwijzing");
            editor.Comment(new TextSpan(4, 10), "label");
            editor.Comment(new TextSpan(31, 15), "over twee alinea's");
            editor.Apply();

            Assert.That(editor.Skipped, Is.Empty);
            Assert.That(document.MainDocumentPart!.WordprocessingCommentsPart!.Comments.Elements<Comment>().Count(), Is.EqualTo(3));
            Assert.That(Reread(document).Split(DocxText.ParagraphSeparator).Take(2), Is.EqualTo(text.Text.Split(DocxText.ParagraphSeparator).Take(2)));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }

    [Test]
    public void A_finding_in_a_footnote_is_commented_on_the_note_mark_in_the_body()
    {
        var stream = Create(new[] { Paragraph(Run("Tekst."), new Run(new FootnoteReference { Id = 1 })) }, main =>
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(
                new Footnote(Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(Paragraph(Run("Zie BWBR001903."))) { Id = 1 });
        });
        var (document, text, editor) = Open(stream);
        using (document)
        {
            var start = text.Text.IndexOf("BWBR001903", StringComparison.Ordinal);
            editor.Comment(new TextSpan(start, 10), "CIT6001");
            editor.Apply();

            var body = document.MainDocumentPart!.Document.Body!;
            var rangeStart = body.Descendants<CommentRangeStart>().Single();
            Assert.That(rangeStart.NextSibling()!.Descendants<FootnoteReference>(), Is.Not.Empty);
            var comment = document.MainDocumentPart.WordprocessingCommentsPart!.Comments.Elements<Comment>().Single();
            Assert.That(comment.InnerText, Is.EqualTo("Voetnoot, 'BWBR001903':CIT6001"));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }


    [Test]
    public void A_comment_in_a_header_is_skipped_because_Word_has_none_there()
    {
        var stream = Create(new[] { Paragraph(Run("Romp BWBR0001903.")) }, main =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Paragraph(Run("Kop BWBR0005537")));
        });
        var (document, text, editor) = Open(stream);
        using (document)
        {
            var inHeader = new TextSpan(text.Text.IndexOf("BWBR0005537", StringComparison.Ordinal), 11);
            editor.Comment(new TextSpan(5, 11), "romp");
            editor.Comment(inHeader, "kop");
            editor.Apply();

            Assert.That(editor.Skipped, Is.EqualTo(new[] { inHeader }));
            Assert.That(document.MainDocumentPart!.HeaderParts.Single().Header!.Descendants<CommentRangeStart>(), Is.Empty);
            Assert.That(document.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Count(), Is.EqualTo(1));
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
    }
}
