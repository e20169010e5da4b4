using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Editing;

/// <summary>
/// Changes a document at spans of its extracted text: comments anchored on a range, replacements as
/// tracked changes (or directly), hyperlinks. Collect the edits, then <see cref="Apply"/> them at once:
/// they are carried out from the end of the text to its start so the text map stays valid throughout.
/// </summary>
public sealed class DocxEditor
{
    private readonly WordprocessingDocument document;
    private readonly DocxText text;
    private readonly List<(TextSpan Span, int Order, Action<IReadOnlyList<Run>> Edit)> edits = new();
    private int nextId;

    /// <summary>Creates an editor for <paramref name="document"/>, whose text was read as <paramref name="text"/>.</summary>
    public DocxEditor(WordprocessingDocument document, DocxText text)
    {
        this.document = document;
        this.text = text;
        nextId = HighestAnnotationId(document) + 1;
    }

    /// <summary>The author written on comments and revisions.</summary>
    public string Author { get; init; } = "Citaties";

    /// <summary>The date written on comments and revisions.</summary>
    public DateTime Date { get; init; } = DateTime.UtcNow;

    /// <summary>Spans that could not be edited (crossing a paragraph, holding no run text, or a comment in a header or footer), after <see cref="Apply"/>.</summary>
    public IList<TextSpan> Skipped { get; } = new List<TextSpan>();

    /// <summary>
    /// Adds a comment anchored on exactly <paramref name="span"/>. Word has no comments in headers and
    /// footers, so a span there is not commented and is listed in <see cref="Skipped"/>.
    /// </summary>
    public void Comment(TextSpan span, string commentText)
    {
        if (text.ParagraphAt(span.Start)?.Story is DocxStory.Header or DocxStory.Footer)
        {
            Skipped.Add(span);
            return;
        }

        edits.Add((span, 0, runs => AddComment(runs, commentText)));
    }

    /// <summary>Replaces <paramref name="span"/> by <paramref name="replacement"/>, as a tracked change or directly.</summary>
    public void Replace(TextSpan span, string replacement, bool trackChanges) =>
        edits.Add((span, 1, runs =>
        {
            if (trackChanges)
            {
                ReplaceTracked(runs, replacement);
            }
            else
            {
                ReplaceDirectly(runs, replacement);
            }
        }));

    /// <summary>Makes <paramref name="span"/> a hyperlink to <paramref name="url"/>, unless it already lies in one.</summary>
    public void Link(TextSpan span, Uri url) =>
        edits.Add((span, 2, runs => AddHyperlink(runs, url)));

    /// <summary>
    /// Carries out every edit, last span first. Edits on the same span share one split of the runs; a span
    /// that overlaps a later one (in text order) is skipped and listed in <see cref="Skipped"/>.
    /// </summary>
    public void Apply()
    {
        var limit = int.MaxValue;
        foreach (var group in edits.GroupBy(e => e.Span).OrderByDescending(g => g.Key.Start).ThenByDescending(g => g.Key.End))
        {
            var span = group.Key;
            var runs = span.End <= limit ? RunSplitter.Isolate(text, span.Start, span.End) : new List<Run>();
            if (runs.Count == 0)
            {
                Skipped.Add(span);
                continue;
            }

            foreach (var (_, _, edit) in group.OrderBy(e => e.Order))
            {
                edit(runs);
            }

            limit = span.Start;
        }

        edits.Clear();
    }

    private string NewId() => (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void AddComment(IReadOnlyList<Run> runs, string commentText)
    {
        var main = document.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        var id = NewId();
        var paragraphs = commentText.Split('\n').Select(line => new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        part.Comments.Append(new Comment(paragraphs) { Id = id, Author = Author, Initials = "CIT", Date = Date });

        runs[0].InsertBeforeSelf(new CommentRangeStart { Id = id });
        var end = runs[runs.Count - 1].InsertAfterSelf(new CommentRangeEnd { Id = id });
        end.InsertAfterSelf(new Run(new RunProperties(new RunStyle { Val = "CommentReference" }), new CommentReference { Id = id }));
    }

    private void ReplaceTracked(IReadOnlyList<Run> runs, string replacement)
    {
        var formatting = runs[0].RunProperties?.CloneNode(true);
        OpenXmlElement last = runs[0];
        foreach (var run in runs)
        {
            foreach (var t in run.Elements<Text>().ToList())
            {
                t.InsertAfterSelf(new DeletedText(t.Text) { Space = SpaceProcessingModeValues.Preserve });
                t.Remove();
            }

            var deletion = new DeletedRun { Id = NewId(), Author = Author, Date = Date };
            run.InsertBeforeSelf(deletion);
            run.Remove();
            deletion.Append(run);
            last = deletion;
        }

        if (replacement.Length == 0)
        {
            return;
        }

        var inserted = new Run();
        if (formatting is not null)
        {
            inserted.Append(formatting);
        }

        inserted.Append(new Text(replacement) { Space = SpaceProcessingModeValues.Preserve });
        last.InsertAfterSelf(new InsertedRun(inserted) { Id = NewId(), Author = Author, Date = Date });
    }

    private static void ReplaceDirectly(IReadOnlyList<Run> runs, string replacement)
    {
        var first = runs[0];
        foreach (var child in first.ChildElements.Where(c => c is not RunProperties).ToList())
        {
            child.Remove();
        }

        first.Append(new Text(replacement) { Space = SpaceProcessingModeValues.Preserve });
        foreach (var run in runs.Skip(1))
        {
            run.Remove();
        }
    }

    private static void AddHyperlink(IReadOnlyList<Run> runs, Uri url)
    {
        var parent = runs[0].Parent;
        if (parent is null || runs.Any(r => !ReferenceEquals(r.Parent, parent)) || runs[0].Ancestors<Hyperlink>().Any())
        {
            return;
        }

        var part = runs[0].Ancestors<OpenXmlPartRootElement>().First().OpenXmlPart!;
        var relationship = part.AddHyperlinkRelationship(url, true);
        var hyperlink = new Hyperlink { Id = relationship.Id, History = true };
        runs[0].InsertBeforeSelf(hyperlink);
        foreach (var run in runs)
        {
            run.Remove();
            var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
            properties.RunStyle ??= new RunStyle { Val = "Hyperlink" };
            hyperlink.Append(run);
        }
    }

    // Comment and revision ids share one number space in practice; start above every id in use.
    private static int HighestAnnotationId(WordprocessingDocument document)
    {
        var highest = 0;
        var roots = new List<OpenXmlElement?> { document.MainDocumentPart?.Document, document.MainDocumentPart?.WordprocessingCommentsPart?.Comments };
        roots.AddRange(document.MainDocumentPart?.HeaderParts.Select(p => (OpenXmlElement?)p.Header) ?? Enumerable.Empty<OpenXmlElement?>());
        roots.AddRange(document.MainDocumentPart?.FooterParts.Select(p => (OpenXmlElement?)p.Footer) ?? Enumerable.Empty<OpenXmlElement?>());
        roots.Add(document.MainDocumentPart?.FootnotesPart?.Footnotes);
        roots.Add(document.MainDocumentPart?.EndnotesPart?.Endnotes);
        foreach (var root in roots)
        {
            if (root is null)
            {
                continue;
            }

            foreach (var element in root.Descendants())
            {
                var id = element.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value;
                if (int.TryParse(id, out var value) && value > highest)
                {
                    highest = value;
                }
            }
        }

        return highest;
    }
}
