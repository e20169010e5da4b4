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
    private readonly List<Edit> edits = new();
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

    /// <summary>Spans that could not be edited (a change crossing a paragraph or overlapping another, no run text, a comment in a header or footer), after <see cref="Apply"/>.</summary>
    public IList<TextSpan> Skipped { get; } = new List<TextSpan>();

    /// <summary>
    /// Adds a comment anchored on exactly <paramref name="span"/>. Comments may overlap each other and the
    /// other edits. Word has no comments in notes, headers and footers: a finding in a footnote or endnote
    /// is commented on the note's reference mark in the body; one in a header or footer is not commented
    /// and is listed in <see cref="Skipped"/>.
    /// </summary>
    public void Comment(TextSpan span, string commentText) =>
        edits.Add(new Edit(span, EditKind.Comment, commentText, null));

    /// <summary>Replaces <paramref name="span"/> by <paramref name="replacement"/>, as a tracked change or directly.</summary>
    public void Replace(TextSpan span, string replacement, bool trackChanges) =>
        edits.Add(new Edit(span, trackChanges ? EditKind.TrackedReplacement : EditKind.Replacement, replacement, null));

    /// <summary>Makes <paramref name="span"/> a hyperlink to <paramref name="url"/>, unless it already lies in one.</summary>
    public void Link(TextSpan span, Uri url) =>
        edits.Add(new Edit(span, EditKind.Link, string.Empty, url));

    /// <summary>
    /// Carries out every edit. Replacements and links must lie within one paragraph and may not overlap
    /// each other (one that does is skipped, the earlier in text order wins); comments may overlap anything.
    /// Skipped spans are listed in <see cref="Skipped"/>.
    /// </summary>
    public void Apply()
    {
        var accepted = new List<(Edit Edit, TextSpan Target, Run? Direct, string Note)>();
        var taken = new List<TextSpan>();
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ThenBy(e => e.Kind))
        {
            var story = text.ParagraphAt(edit.Span.Start)?.Story;
            if (edit.Kind == EditKind.Comment)
            {
                if (story is DocxStory.Footnotes or DocxStory.Endnotes && NoteReference(edit.Span) is { } reference)
                {
                    accepted.Add((edit, default, reference.Run, reference.Note));
                }
                else if (story is DocxStory.Body or DocxStory.Comments)
                {
                    accepted.Add((edit, edit.Span, null, string.Empty));
                }
                else
                {
                    Skipped.Add(edit.Span);
                }

                continue;
            }

            var sameParagraph = text.ParagraphAt(edit.Span.Start) is { } paragraph && edit.Span.End <= paragraph.Span.End && edit.Span.Length > 0;
            if (!sameParagraph || taken.Any(t => t != edit.Span && t.OverlapsWith(edit.Span)))
            {
                Skipped.Add(edit.Span);
                continue;
            }

            taken.Add(edit.Span);
            accepted.Add((edit, edit.Span, null, string.Empty));
        }

        // Every span's ends become run boundaries, last offset first, then the runs are found on a fresh map.
        foreach (var offset in accepted.Where(a => a.Direct is null).SelectMany(a => new[] { a.Target.Start, a.Target.End }).Distinct().OrderByDescending(o => o))
        {
            RunSplitter.SplitAt(text, offset);
        }

        var fresh = DocxTextReader.Read(document);
        var work = accepted
            .Select(a => (a.Edit, a.Note, Runs: a.Direct is { } direct ? new[] { direct } : RunSplitter.RunsIn(fresh, a.Target)))
            .ToList();
        foreach (var (edit, note, runs) in work.OrderBy(w => w.Edit.Kind))
        {
            if (runs.Count == 0)
            {
                Skipped.Add(edit.Span);
                continue;
            }

            switch (edit.Kind)
            {
                case EditKind.Comment:
                    AddComment(runs, note + edit.Text);
                    break;
                case EditKind.TrackedReplacement:
                    ReplaceTracked(runs, edit.Text);
                    break;
                case EditKind.Replacement:
                    ReplaceDirectly(runs, edit.Text);
                    break;
                case EditKind.Link:
                    AddHyperlink(runs, edit.Url!);
                    break;
            }
        }

        edits.Clear();
    }

    // The body run holding the reference mark of the note that contains the span, with a note for the comment.
    private (Run Run, string Note)? NoteReference(TextSpan span)
    {
        var paragraph = text.ParagraphAt(span.Start)?.Element;
        var footnote = paragraph?.Ancestors<Footnote>().FirstOrDefault();
        var endnote = paragraph?.Ancestors<Endnote>().FirstOrDefault();
        var id = footnote?.Id?.Value ?? endnote?.Id?.Value;
        var body = document.MainDocumentPart?.Document?.Body;
        if (id is null || body is null)
        {
            return null;
        }

        OpenXmlElement? mark = footnote is not null
            ? body.Descendants<FootnoteReference>().FirstOrDefault(r => r.Id?.Value == id)
            : body.Descendants<EndnoteReference>().FirstOrDefault(r => r.Id?.Value == id);
        if (mark?.Ancestors<Run>().FirstOrDefault() is not { } run)
        {
            return null;
        }

        var label = footnote is not null ? "Voetnoot" : "Eindnoot";
        return (run, $"{label}, '{text.Text.Substring(span.Start, span.Length)}':\n");
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

    private enum EditKind
    {
        Comment,
        TrackedReplacement,
        Replacement,
        Link,
    }

    private sealed record Edit(TextSpan Span, EditKind Kind, string Text, Uri? Url);
}
