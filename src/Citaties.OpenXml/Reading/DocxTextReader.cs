using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Reading;

/// <summary>Builds a <see cref="DocxText"/> from an open document.</summary>
public static class DocxTextReader
{
    /// <summary>Reads every story of <paramref name="document"/>.</summary>
    public static DocxText Read(WordprocessingDocument document)
    {
        var builder = new Builder();
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is { } body)
        {
            builder.AddPart(DocxStory.Body, main.Uri.ToString(), body);
        }

        if (main?.FootnotesPart?.Footnotes is { } footnotes)
        {
            // The separator "footnotes" (ids -1 and 0) are layout, not text.
            builder.AddPart(DocxStory.Footnotes, main.FootnotesPart.Uri.ToString(), footnotes, footnotes.Elements<Footnote>().Where(f => f.Type is null || f.Type.Value == FootnoteEndnoteValues.Normal));
        }

        if (main?.EndnotesPart?.Endnotes is { } endnotes)
        {
            builder.AddPart(DocxStory.Endnotes, main.EndnotesPart.Uri.ToString(), endnotes, endnotes.Elements<Endnote>().Where(f => f.Type is null || f.Type.Value == FootnoteEndnoteValues.Normal));
        }

        if (main?.WordprocessingCommentsPart?.Comments is { } comments)
        {
            builder.AddPart(DocxStory.Comments, main.WordprocessingCommentsPart.Uri.ToString(), comments);
        }

        foreach (var header in main?.HeaderParts ?? Enumerable.Empty<HeaderPart>())
        {
            if (header.Header is { } root)
            {
                builder.AddPart(DocxStory.Header, header.Uri.ToString(), root);
            }
        }

        foreach (var footer in main?.FooterParts ?? Enumerable.Empty<FooterPart>())
        {
            if (footer.Footer is { } root)
            {
                builder.AddPart(DocxStory.Footer, footer.Uri.ToString(), root);
            }
        }

        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<DocxParagraph> paragraphs = new();
        private readonly List<TextPiece> pieces = new();
        private bool inFieldInstruction;

        public void AddPart(DocxStory story, string partUri, OpenXmlElement root, IEnumerable<OpenXmlElement>? containers = null)
        {
            var index = 0;
            foreach (var container in containers ?? new[] { root })
            {
                foreach (var paragraph in ParagraphsIn(container))
                {
                    if (text.Length > 0)
                    {
                        text.Append(DocxText.ParagraphSeparator);
                    }

                    var start = text.Length;
                    inFieldInstruction = false;
                    AddContent(paragraph);
                    paragraphs.Add(new DocxParagraph(story, partUri, index++, TextSpan.FromBounds(start, text.Length), (Paragraph)paragraph));
                }
            }
        }

        public DocxText Build() => new(text.ToString(), paragraphs.ToArray(), pieces.ToArray());

        // Paragraphs in document order, each once: text-box paragraphs come after the paragraph that hosts
        // them, and the fallback copy of a text box (mc:Fallback) is skipped.
        private static IEnumerable<OpenXmlElement> ParagraphsIn(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                if (child is AlternateContentFallback)
                {
                    continue;
                }

                if (child is Paragraph)
                {
                    yield return child;
                }

                foreach (var nested in ParagraphsIn(child))
                {
                    yield return nested;
                }
            }
        }

        private void AddContent(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Paragraph:
                    case AlternateContentFallback:
                    case TextBoxContent:
                    case Deleted:
                    case DeletedRun:
                    case MoveFrom:
                    case MoveFromRun:
                    case DeletedText:
                    case FieldCode:
                    case DeletedFieldCode:
                    case ParagraphProperties:
                    case RunProperties:
                        continue;
                    case FieldChar fieldChar:
                        if (fieldChar.FieldCharType?.Value == FieldCharValues.Begin)
                        {
                            inFieldInstruction = true;
                        }
                        else if (fieldChar.FieldCharType?.Value == FieldCharValues.Separate || fieldChar.FieldCharType?.Value == FieldCharValues.End)
                        {
                            inFieldInstruction = false;
                        }

                        continue;
                    case Run run when IsHidden(run):
                        continue;
                    case Text t when !inFieldInstruction:
                        AddPiece(t.Text, t, 0);
                        continue;
                    case TabChar or PositionalTab when !inFieldInstruction:
                        AddPiece("\t", child, 0);
                        continue;
                    case Break or CarriageReturn when !inFieldInstruction:
                        AddPiece("\n", child, 0);
                        continue;
                    case NoBreakHyphen when !inFieldInstruction:
                        AddPiece("\u2011", child, 0);
                        continue;
                    case SoftHyphen when !inFieldInstruction:
                        AddPiece("\u00AD", child, 0);
                        continue;
                    default:
                        AddContent(child);
                        continue;
                }
            }
        }

        private void AddPiece(string value, OpenXmlElement element, int offset)
        {
            if (value.Length == 0)
            {
                return;
            }

            pieces.Add(new TextPiece(text.Length, value.Length, element, offset));
            text.Append(value);
        }

        private static bool IsHidden(Run run)
        {
            var vanish = run.RunProperties?.Vanish;
            return vanish is not null && (vanish.Val is null || vanish.Val.Value);
        }
    }
}
