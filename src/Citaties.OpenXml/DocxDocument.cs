using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Documents;
using Citaties.Model;
using Citaties.OpenXml.Editing;
using Citaties.OpenXml.Input;
using Citaties.OpenXml.Reading;
using Citaties.Rules;
using DocumentFormat.OpenXml.Packaging;

namespace Citaties.OpenXml;

/// <summary>
/// A Word document as a <see cref="SourceDocument"/>: the text of every story, paragraphs as lines, findings placed
/// in their part and paragraph; fixes written as tracked changes (or directly), links as hyperlinks, findings as
/// comments. The document's bytes are never changed: every edit works on a copy and returns new bytes.
/// </summary>
public sealed class DocxDocument : SourceDocument
{
    private readonly byte[] bytes;
    private readonly IReadOnlyDictionary<DocxParagraph, string> headings;

    private DocxDocument(string name, byte[] bytes, DocxText docx, IReadOnlyDictionary<DocxParagraph, string> headings)
        : base(name, SourceText.FromParagraphs(docx.Text))
    {
        this.bytes = bytes;
        this.headings = headings;
        Docx = docx;
    }

    /// <summary>The extracted text with its map to runs and paragraphs.</summary>
    public DocxText Docx { get; }

    /// <inheritdoc />
    public override bool CanAnnotate => true;

    /// <inheritdoc />
    public override bool CanTrackChanges => true;

    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="DocxException"/> for a bad file.</summary>
    public static DocxDocument Load(string path, string? name = null)
    {
        using var stream = DocxFile.Load(path);
        return Read(name ?? path, stream.ToArray());
    }

    /// <summary>Reads the document <paramref name="name"/> from <paramref name="bytes"/>; throws <see cref="DocxException"/> for a bad file.</summary>
    public static DocxDocument Read(string name, byte[] bytes)
    {
        if (name is null || bytes is null)
        {
            throw new ArgumentNullException(name is null ? nameof(name) : nameof(bytes));
        }

        using var stream = new MemoryStream(bytes, writable: false);
        DocxPackageCheck.Verify(stream, name);
        using var document = DocxFile.Open(stream, name, editable: false);
        var text = ReadText(document, name);
        return new DocxDocument(name, bytes, text, DocxHeadings.Of(document, text));
    }

    /// <inheritdoc />
    public override DocumentPlace? PlaceOf(TextSpan span) =>
        Docx.ParagraphAt(span.Start) is { } paragraph
            ? new DocumentPlace(
                paragraph.PartUri,
                paragraph.Index + 1,
                Docx.Text.Substring(paragraph.Span.Start, paragraph.Span.Length),
                headings.TryGetValue(paragraph, out var heading) ? heading : null)
            : null;

    /// <inheritdoc />
    protected override DocumentFixResult WriteFixes(FixResult fixes, bool trackChanges)
    {
        IReadOnlyList<TextChange> skipped = Array.Empty<TextChange>();
        var content = Edit(editor =>
        {
            foreach (var change in fixes.Changes)
            {
                editor.Replace(change.Span, change.NewText, trackChanges);
            }

            editor.Apply();
            skipped = fixes.Changes.Where(c => editor.Skipped.Contains(c.Span)).ToList();
        });
        return new DocumentFixResult(content, fixes.Changes.Except(skipped).ToList(), skipped, "it crosses a paragraph or overlaps another change");
    }

    /// <inheritdoc />
    protected override DocumentLinkResult WriteLinks(IReadOnlyList<Citation> citations)
    {
        var linked = 0;
        var content = Edit(editor =>
        {
            foreach (var citation in citations)
            {
                editor.Link(citation.Span, new Uri(citation.Links[0]));
            }

            editor.Apply();
            linked = citations.Count - editor.Skipped.Count;
        });
        return new DocumentLinkResult(content, linked);
    }

    /// <inheritdoc />
    protected override byte[] WriteAnnotations(DocumentLintResult result, LintOptions options) => Edit(editor =>
    {
        var english = options.Culture.TwoLetterISOLanguageName == "en";
        foreach (var finding in result.Findings)
        {
            editor.Comment(finding.Diagnostic.Span, CommentText(finding.Diagnostic, english));
        }

        editor.Apply();
    });

    private static DocxText ReadText(WordprocessingDocument document, string name)
    {
        try
        {
            return DocxTextReader.Read(document);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or InvalidOperationException or OpenXmlPackageException)
        {
            throw new DocxException(name, "a part of the document is damaged: " + e.Message, e);
        }
    }

    // Every edit opens its own copy of the bytes, so the document stays as it was read.
    private byte[] Edit(Action<DocxEditor> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes, 0, bytes.Length);
        stream.Position = 0;
        using (var document = DocxFile.Open(stream, Name, editable: true))
        {
            edit(new DocxEditor(document, ReadText(document, Name)));
            document.Save();
        }

        return stream.ToArray();
    }

    private static string CommentText(Diagnostic diagnostic, bool english)
    {
        var text = $"{diagnostic.Id} ({diagnostic.Severity.ToName()}): {diagnostic.Message}";
        return diagnostic.Fix is { } fix
            ? text + "\n" + (english ? "Suggested: " : "Voorstel: ") + fix.Replacement
            : text;
    }
}
